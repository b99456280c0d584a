package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/** Compares two maps by what a reader sees: the same info, statements, inferences and placements. */
final class MapAssertions {
    private MapAssertions() {
    }

    static void assertSameContents(ArgumentMap expected, ArgumentMap actual) {
        assertEquals(expected.info(), actual.info(), "map info");
        assertEquals(describeStatements(expected), describeStatements(actual), "statements");
        assertEquals(describeInferences(expected), describeInferences(actual), "inferences");
    }

    private static List<String> describeStatements(ArgumentMap map) {
        return map.statements().stream()
                .map(s -> s.id() + " " + s.content() + " at " + s.position())
                .toList();
    }

    private static List<String> describeInferences(ArgumentMap map) {
        return map.inferences().stream()
                .map(i -> i.id() + " " + i.content() + " " + premiseIds(i) + " -> " + i.target().id()
                        + " at " + i.position())
                .toList();
    }

    private static List<String> premiseIds(Inference inference) {
        return inference.premises().stream().map(Statement::id).toList();
    }
}
