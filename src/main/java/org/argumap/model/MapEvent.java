package org.argumap.model;

import java.util.List;

/**
 * One change to a map, fired after the change is complete and the invariants hold again.
 * Each carries what it needs to be undone.
 */
public sealed interface MapEvent {

    /** A statement or inference entered the map (with its premises and target, for an inference). */
    record NodeAdded(MapNode node) implements MapEvent {
    }

    /** A statement or inference left the map. */
    record NodeRemoved(MapNode node) implements MapEvent {
    }

    /** A statement became a premise of an inference, at this index. */
    record PremiseAdded(Inference inference, Statement premise, int index) implements MapEvent {
    }

    /** A statement stopped being a premise of an inference; it was at this index. */
    record PremiseRemoved(Inference inference, Statement premise, int index) implements MapEvent {
    }

    /** An inference was pointed at another target. */
    record TargetChanged(Inference inference, MapNode oldTarget, MapNode newTarget) implements MapEvent {
    }

    /** A statement's content was replaced. */
    record StatementChanged(Statement statement, StatementContent oldContent, StatementContent newContent)
            implements MapEvent {
    }

    /** An inference's content was replaced. */
    record InferenceChanged(Inference inference, InferenceContent oldContent, InferenceContent newContent)
            implements MapEvent {
    }

    /** A box was placed, moved, or given back to the automatic layout (a null position). */
    record NodeMoved(MapNode node, Position oldPosition, Position newPosition) implements MapEvent {
    }

    /** A node took another place in the map's order, which sets the order of siblings. */
    record NodeReordered(MapNode node, int oldIndex, int newIndex) implements MapEvent {
    }

    /** The whole order was rearranged at once (as when a file lists undercuts before their targets). */
    record OrderRearranged(List<MapNode> oldOrder, List<MapNode> newOrder) implements MapEvent {
        public OrderRearranged {
            oldOrder = List.copyOf(oldOrder);
            newOrder = List.copyOf(newOrder);
        }
    }

    /** The map's title, description, source, authors or times changed. */
    record InfoChanged(MapInfo oldInfo, MapInfo newInfo) implements MapEvent {
    }

    /** The presentation's steps or notes changed, or statements it named left the map. */
    record PresentationChanged(Presentation oldPresentation, Presentation newPresentation) implements MapEvent {
    }
}
