package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/** Measuring a large map's boxes ahead, on several threads, gives each box the text it gets when measured alone. */
class MeasureAheadTest {
    @Test
    void boxesMeasuredAheadAreThoseMeasuredOneByOne() {
        ArgumentMap map = DebateMaps.debate(4_000, 3);
        map.addStatement("cjk", StatementContent.claim("中文文本没有空格所以整段是一个很长的词").withTitle("標題"));
        map.addStatement("long", StatementContent.claim("https://example.org/" + "path/".repeat(40)));
        List<Statement> statements = map.statements();
        BoxMeasurer ahead = new BoxMeasurer(new AwtTextMeasure());
        ahead.measureAll(statements);
        BoxMeasurer alone = new BoxMeasurer(new AwtTextMeasure());
        for (Statement statement : statements) {
            assertEquals(alone.textOf(statement), ahead.textOf(statement), statement.id());
        }
    }

    @Test
    void boxesMeasuredAheadAreRemembered() {
        ArgumentMap map = DebateMaps.debate(3_000, 5);
        BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
        measurer.measureAll(map.statements());
        Statement first = map.statements().get(0);
        BoxText remembered = measurer.textOf(first);
        measurer.measureAll(map.statements());
        assertSame(remembered, measurer.textOf(first), "not measured again");
    }
}
