package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain of upgrades: each step once, in order, and none missing up to the current version. */
class MigrationsTest {
    private final List<Integer> ran = new ArrayList<>();

    @Test
    void everyVersionFromOneToTheCurrentHasItsStep() {
        for (int version = 1; version < ArgumapJsonFormat.VERSION; version++) {
            ObjectNode upgraded = Migrations.standard().upgrade(tree(version), ArgumapJsonFormat.VERSION);
            assertEquals(ArgumapJsonFormat.VERSION, upgraded.get("version").intValue(), "from version " + version);
        }
        assertEquals(ArgumapJsonFormat.VERSION - 1, Migrations.STEPS.size(), "one step per older version");
    }

    @Test
    void stepsRunInOrderEachOnceWhateverOrderTheyAreListedIn() {
        Migrations chain = new Migrations(List.of(step(3), step(1), step(2)));
        ObjectNode upgraded = chain.upgrade(tree(1), 4);
        assertEquals(List.of(1, 2, 3), ran);
        assertEquals(4, upgraded.get("version").intValue());
    }

    @Test
    void aFileOfTheTargetVersionIsLeftAlone() {
        new Migrations(List.of(step(1))).upgrade(tree(2), 2);
        assertEquals(List.of(), ran);
    }

    @Test
    void aMissingStepIsABugNotASilentSkip() {
        Migrations gap = new Migrations(List.of(step(1), step(3)));
        IllegalStateException bug = assertThrows(IllegalStateException.class, () -> gap.upgrade(tree(1), 4));
        assertEquals("no step upgrades file format version 2", bug.getMessage());
    }

    @Test
    void aStepThatDoesNotRaiseTheVersionByOneIsABug() {
        Migration skipping = new Migration() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public ObjectNode apply(ObjectNode tree) {
                return tree.put("version", 3);
            }
        };
        assertThrows(IllegalStateException.class, () -> new Migrations(List.of(skipping)).upgrade(tree(1), 3));
    }

    @Test
    void versionOneToTwoOnlyRaisesTheVersion() {
        ObjectNode v1 = tree(1);
        v1.putArray("statements").addObject().put("id", "s1").put("verdict", "accepted").put("rating", 80);
        v1.putObject("presentation").putArray("steps").addObject().putArray("show").add("s1");
        ObjectNode expected = v1.deepCopy().put("version", 2);
        assertEquals(expected, new JudgementsAndPresentation().apply(v1));
    }

    private Migration step(int from) {
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public ObjectNode apply(ObjectNode tree) {
                ran.add(from);
                return tree.put("version", from + 1);
            }
        };
    }

    private static ObjectNode tree(int version) {
        return JsonNodeFactory.instance.objectNode().put("format", "argumap").put("version", version);
    }
}
