package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Statement;

/** Any statement moved under any other, on random maps: refused before changing anything, or undone and redone exactly. */
class MoveUnderPropertyTest {

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    @Property(tries = 300)
    void aMoveUnderIsRefusedCleanlyOrUndoesAndRedoesExactly(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        List<Statement> statements = map.statements();
        if (statements.isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        CommandHistory history = new CommandHistory();
        for (int i = 0; i < 5; i++) {
            String moved = statements.get(random.nextInt(statements.size())).id();
            String under = statements.get(random.nextInt(statements.size())).id();
            List<String> before = UndoEverythingPropertyTest.snapshot(map);
            try {
                history.execute(new MoveUnderCommand(map, moved, under));
            } catch (EditRefusedException refused) {
                assertEquals(before, UndoEverythingPropertyTest.snapshot(map), "a refusal changes nothing");
                continue;
            }
            assertEquals(map.statement(under), MapStructure.parent(map, map.statement(moved)));
            List<String> after = UndoEverythingPropertyTest.snapshot(map);
            history.undo();
            assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
            history.redo();
            assertEquals(after, UndoEverythingPropertyTest.snapshot(map));
        }
    }
}
