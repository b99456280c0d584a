package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * A measurer that has seen a map, whose statements are then edited (new words, the same words in a
 * new content object, words taken back as by an undo), measures every box as a fresh measurer
 * does: what it remembers by content object never outlives the words it was measured from.
 */
class BoxMeasurerMemoProperties {
    private static final TextMeasure MEASURE = new AwtTextMeasure();

    @Property(tries = 30)
    void remembersNothingStale(@ForAll long seed) {
        Random random = new Random(seed);
        ArgumentMap map = DebateMaps.debate(60, seed);
        BoxMeasurer kept = new BoxMeasurer(MEASURE);
        List<Statement> statements = map.statements();
        statements.forEach(kept::textOf);
        for (int round = 0; round < 4; round++) {
            for (Statement statement : statements) {
                StatementContent content = statement.content();
                switch (random.nextInt(4)) {
                    case 0 -> map.updateStatement(statement.id(), content.withText(content.text() + " more words " + round));
                    case 1 -> map.updateStatement(statement.id(), content.withText(new String(content.text())));
                    case 2 -> map.updateStatement(statement.id(), content.withTitle(round % 2 == 0 ? "A title" : ""));
                    default -> { }
                }
            }
            if (round == 2) {
                kept.measureAll(statements);
            }
            BoxMeasurer fresh = new BoxMeasurer(MEASURE);
            for (Statement statement : statements) {
                assertEquals(fresh.textOf(statement), kept.textOf(statement), statement.id());
                assertEquals(fresh.sizeOf(statement), kept.sizeOf(statement), statement.id());
            }
        }
    }
}
