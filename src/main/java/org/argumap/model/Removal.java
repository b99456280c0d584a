package org.argumap.model;

import java.util.List;

/**
 * What one removal took out of a map, exactly enough to put it back: the removed nodes with their
 * place in the map's order, the premises detached from inferences that stayed, and the
 * presentation as it was if removed statements left its steps.
 * {@link ArgumentMap#restore(Removal)} undoes it.
 *
 * @param presentationBefore the map's presentation before the removal; null if the removal left it alone
 */
public record Removal(List<RemovedNode> nodes, List<DetachedPremise> detachedPremises,
                      Presentation presentationBefore) {

    public Removal {
        nodes = List.copyOf(nodes);
        detachedPremises = List.copyOf(detachedPremises);
    }

    public Removal(List<RemovedNode> nodes, List<DetachedPremise> detachedPremises) {
        this(nodes, detachedPremises, null);
    }

    Removal withPresentationBefore(Presentation before) {
        return new Removal(nodes, detachedPremises, before);
    }

    /** A removed statement or inference and the index it had in the map's order. */
    public record RemovedNode(MapNode node, int orderIndex) {
    }

    /** A premise taken from an inference that itself stayed in the map. */
    public record DetachedPremise(Inference inference, Statement premise, int index) {
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && detachedPremises.isEmpty();
    }

    /** The ids of the removed nodes, in map order. */
    public List<String> removedIds() {
        return nodes.stream().map(n -> n.node().id()).toList();
    }
}
