package org.argumap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two maps element by element, independent of any file format: same info, the same
 * statements and inferences in the same order, with the same content, premises, targets and places,
 * and the same presentation steps.
 */
public final class MapAssertions {
    private MapAssertions() {
    }

    public static void assertSameMap(ArgumentMap expected, ArgumentMap actual) {
        assertEquals(expected.info(), actual.info(), "map info");
        assertEquals(describe(expected), describe(actual));
        assertEquals(expected.presentation(), actual.presentation(), "presentation steps");
    }

    /** One line per node, in map order: what a person would check by reading both maps. */
    public static List<String> describe(ArgumentMap map) {
        return map.nodes().stream().map(MapAssertions::describe).toList();
    }

    /**
     * Compares what two maps argue, whoever built them and however: the same statements in the same
     * roles with the same content, joined by the same inferences (premises in order). Ids, places
     * and the order in which things were added do not count.
     */
    public static void assertSameStructure(ArgumentMap expected, ArgumentMap actual) {
        assertEquals(describeStructure(expected), describeStructure(actual));
    }

    /** One sorted line per statement and per inference, naming statements by their text. */
    public static List<String> describeStructure(ArgumentMap map) {
        Stream<String> statements = map.statements().stream()
                .map(s -> "statement " + map.roleOf(s) + " " + s.content());
        Stream<String> inferences = map.inferences().stream().map(i -> "inference " + step(i));
        return Stream.concat(statements, inferences).sorted().toList();
    }

    private static String step(Inference inference) {
        MapNode target = inference.target();
        String onto = target instanceof Statement s ? quoted(s) : "(" + step((Inference) target) + ")";
        return inference.content() + " " + inference.premises().stream().map(MapAssertions::quoted).toList()
                + " -> " + onto;
    }

    private static String quoted(Statement statement) {
        return "«" + statement.text() + "»";
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
