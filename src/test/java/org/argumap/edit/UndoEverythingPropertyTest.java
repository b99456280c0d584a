package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.MapAssertions;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * The test: random sequences of editing commands (add, delete, connect, join, edit,
 * move, paste, duplicate, cut, toggle, promote, demote, reorder, with merged typing and drags and
 * some undos in between) on random maps; then undoing everything gives the original map, and
 * redoing everything gives the map at the end. Each step is also checked on its own now and then:
 * its undo gives the map before it, its redo the map after it.
 */
public class UndoEverythingPropertyTest {

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.mapsWithPresentations();
    }

    @Property(tries = 300)
    void undoingAllGivesTheOriginalAndRedoingAllGivesTheEnd(@ForAll("maps") ArgumentMap map, @ForAll long seed)
            throws MapReadException {
        ArgumentMap original = copyOf(map);
        List<String> start = snapshot(map);
        CommandHistory history = new CommandHistory();
        Random random = new Random(seed);
        RandomEdits edits = new RandomEdits(map, random);
        for (int step = 0; step < 40; step++) {
            if (history.canUndo() && random.nextInt(12) == 0) {
                history.undo();
                continue;
            }
            MapCommand command;
            try {
                command = edits.next();
            } catch (EditRefusedException refusedAtOnce) {
                continue;
            }
            if (command != null) {
                executeAndCheck(history, command, map, random.nextInt(4) == 0);
            }
        }
        while (history.canRedo()) {
            history.redo(); // steps undone at the end of the sequence count as done: the end has them all
        }
        List<String> end = snapshot(map);
        while (history.canUndo()) {
            history.undo();
        }
        MapAssertions.assertSameMap(original, map);
        assertSame(start, snapshot(map), "undo all: which inference each statement feeds first");
        while (history.canRedo()) {
            history.redo();
        }
        assertSame(end, snapshot(map), "redo all");
    }

    private static void executeAndCheck(CommandHistory history, MapCommand command, ArgumentMap map, boolean checkStep) {
        List<String> before = snapshot(map);
        int steps = history.undoCount();
        try {
            history.execute(command);
        } catch (EditRefusedException refused) {
            assertSame(before, snapshot(map), "a refused " + command.description() + " changed the map");
            return;
        }
        boolean merged = history.undoCount() == steps;
        if (checkStep && !merged) {
            List<String> after = snapshot(map);
            history.undo();
            assertSame(before, snapshot(map), "undo of " + command.description());
            history.redo();
            assertSame(after, snapshot(map), "redo of " + command.description());
        }
    }

    /**
     * The map as a person would check it: MapAssertions' lines, the info, the presentation steps, and for each statement
     * the inferences it feeds in the order the model gives them (its role and its place in the
     * tree follow the first).
     */
    public static List<String> snapshot(ArgumentMap map) {
        List<String> lines = new ArrayList<>(MapAssertions.describe(map));
        lines.add("info " + map.info());
        lines.add("presentation " + map.presentation());
        for (Statement statement : map.statements()) {
            lines.add(statement.id() + " feeds " + map.inferencesFrom(statement).stream().map(MapNode::id).toList());
        }
        return lines;
    }

    /** Equal lists, or a failure showing only the lines that differ. */
    static void assertSame(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        fail(what + ": missing " + missing + "\n unexpected " + extra
                + (missing.isEmpty() && extra.isEmpty() ? "\n (same lines, other order)" : ""));
    }

    static ArgumentMap copyOf(ArgumentMap map) throws MapReadException {
        String json = new ArgumapJsonFormat().writeToString(map);
        return new ArgumapJsonFormat().read(json.getBytes(StandardCharsets.UTF_8), Path.of("copy")).map();
    }
}
