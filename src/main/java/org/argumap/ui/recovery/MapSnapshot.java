package org.argumap.ui.recovery;

import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.ui.analysis.MapCopy;

/**
 * A complete copy of a map for the autosave's worker: the argument through {@link MapCopy}, which
 * shares the immutable contents, plus what a file holds besides (placed boxes, properties, the
 * presentation). Made on the FX thread, so the worker writes JSON from a map nobody changes.
 */
final class MapSnapshot {
    private MapSnapshot() {
    }

    static ArgumentMap of(ArgumentMap original) {
        ArgumentMap copy = MapCopy.of(original);
        for (MapNode node : original.nodes()) {
            if (node.position() != null) {
                copy.moveTo(node.id(), node.position());
            }
        }
        copy.setInfo(original.info());
        copy.setPresentation(original.presentation());
        return copy;
    }
}
