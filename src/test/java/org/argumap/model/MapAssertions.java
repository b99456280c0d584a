package org.argumap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * Compares two maps element by element, independent of any file format: same info, the same
 * statements and inferences in the same order, with the same content, premises, targets and places.
 */
public final class MapAssertions {
    private MapAssertions() {
    }

    public static void assertSameMap(ArgumentMap expected, ArgumentMap actual) {
        assertEquals(expected.info(), actual.info(), "map info");
        assertEquals(describe(expected), describe(actual));
    }

    /** One line per node, in map order: what a person would check by reading both maps. */
    public static List<String> describe(ArgumentMap map) {
        return map.nodes().stream().map(MapAssertions::describe).toList();
    }

    private static String describe(MapNode node) {
        if (node instanceof Statement s) {
            return "statement " + s.id() + " " + s.content() + " at " + s.position();
        }
        Inference i = (Inference) node;
        return "inference " + i.id() + " " + i.content() + " premises "
                + i.premises().stream().map(MapNode::id).toList() + " target " + i.target().id() + " at " + i.position();
    }
}
