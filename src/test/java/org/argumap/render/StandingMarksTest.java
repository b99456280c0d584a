package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.evaluation.Label;
import org.argumap.analysis.evaluation.Semantics;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The evaluation overlay as drawn: each box carries one badge whose sign tells stands, falls and
 * undecided apart by shape alone, which the print palette relies on (it draws all three in one
 * ink); a step that falls while its premises stand carries the badge at its junction; without
 * an evaluation nothing of it is drawn.
 */
class StandingMarksTest {
    private final ArgumentMap map = new ArgumentMap();

    StandingMarksTest() {
        map.addStatement("a", StatementContent.claim("Stands"));
        map.addStatement("b", StatementContent.claim("Falls"));
        map.addStatement("c", StatementContent.claim("Undecided"));
    }

    @Test
    void thePrintPaletteDrawsTheThreeInOneInkAndTheSignsAlonePartThem() {
        MapPalette print = MapPalette.PRINT;
        assertEquals(print.standing(Label.IN), print.standing(Label.OUT));
        assertEquals(print.standing(Label.IN), print.standing(Label.UNDECIDED));

        RecordingSurface drawn = paint(print, evaluation(Map.of("a", Label.IN, "b", Label.OUT, "c", Label.UNDECIDED)));
        String stands = signOf(drawn, "a");
        String falls = signOf(drawn, "b");
        String undecided = signOf(drawn, "c");
        assertEquals("tick", stands);
        assertEquals("cross", falls);
        assertEquals("question mark", undecided);
        assertEquals(3, new HashSet<>(List.of(stands, falls, undecided)).size());
    }

    @ParameterizedTest
    @EnumSource(MapTheme.class)
    void everyThemeDrawsTheSameSigns(MapTheme theme) {
        RecordingSurface drawn = paint(theme.palette(),
                evaluation(Map.of("a", Label.IN, "b", Label.OUT, "c", Label.UNDECIDED)));
        assertEquals(List.of("tick", "cross", "question mark"),
                List.of(signOf(drawn, "a"), signOf(drawn, "b"), signOf(drawn, "c")));
    }

    @Test
    void withoutAnEvaluationNoMarkIsDrawn() {
        RecordingSurface drawn = paint(MapPalette.LIGHT, null);
        for (String id : List.of("a", "b", "c")) {
            assertEquals("none", signOf(drawn, id));
        }
    }

    @Test
    void theWitnessHearsWhatWasDrawnWithTheUsersVerdict() {
        map.updateStatement("b", map.statement("b").content().withVerdict(Verdict.REJECTED));
        List<String> heard = new ArrayList<>();
        MapRenderer renderer = renderer(MapPalette.LIGHT, Evaluator.evaluate(map));
        MapPainter painter = painterOf(renderer);
        painter.setWitness((id, label, verdict) -> heard.add(id + " " + label.word() + " " + verdict));
        paint(renderer);
        assertTrue(heard.contains("b falls REJECTED"), heard.toString());
        assertTrue(heard.contains("a stands OPEN"), heard.toString());
    }

    @Test
    void anUndercutStepGetsItsCrossOnTheJunction() {
        ArgumentMap undercut = new ArgumentMap();
        undercut.addStatement("claim", StatementContent.claim("Claim"));
        undercut.addStatement("reason", StatementContent.claim("Reason"));
        undercut.addStatement("cut", StatementContent.claim("Does not follow"));
        undercut.addInference("step", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "claim");
        undercut.addInference("attack", InferenceContent.of(InferenceType.ATTACK), List.of("cut"), "step");
        Evaluation evaluation = Evaluator.evaluate(undercut);
        assertEquals(Label.OUT, evaluation.label("step"));
        MapRenderer renderer = new MapRenderer(undercut, MapPalette.LIGHT).withEvaluation(evaluation);
        RecordingSurface drawn = paint(renderer);
        assertEquals("cross", signOf(drawn, "step", "link"));
        assertEquals("none", signOf(drawn, "attack", "link"), "a step that stands carries no badge");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Evaluation evaluation(Map<String, Label> labels) {
        return new Evaluation(Semantics.GROUNDED, labels, Map.of(), List.of("a", "b", "c"), "");
    }

    private MapRenderer renderer(MapPalette palette, Evaluation evaluation) {
        return new MapRenderer(map, palette).withEvaluation(evaluation);
    }

    private RecordingSurface paint(MapPalette palette, Evaluation evaluation) {
        return paint(renderer(palette, evaluation));
    }

    private static RecordingSurface paint(MapRenderer renderer) {
        RecordingSurface surface = new RecordingSurface();
        Rect area = renderer.area(Set.of());
        renderer.paint(surface, area, 1, 1, Decorations.NONE, true);
        return surface;
    }

    private static MapPainter painterOf(MapRenderer renderer) {
        return renderer.painter();
    }

    private static String signOf(RecordingSurface drawn, String id) {
        return signOf(drawn, id, "box");
    }

    /** The badge's sign, by its shape: a bent line of three points, two crossing strokes, or a "?". */
    private static String signOf(RecordingSurface drawn, String id, String kind) {
        List<RecordingSurface.Polyline> strokes = drawn.strokes.stream()
                .filter(p -> p.kind().equals(kind) && p.id().equals(id)).toList();
        boolean question = drawn.texts.stream()
                .anyMatch(t -> t.kind().equals(kind) && t.id().equals(id) && t.text().equals("?"));
        boolean tick = strokes.stream().anyMatch(p -> p.xy().length == 6);
        long straight = strokes.stream().filter(p -> p.xy().length == 4).count();
        if (kind.equals("link")) {
            // A link's own strokes are its lines and its sign; the badge is what comes on top of them.
            long cross = strokes.stream().filter(p -> p.xy().length == 4)
                    .filter(p -> Math.signum(p.xy()[2] - p.xy()[0]) != 0 && Math.signum(p.xy()[3] - p.xy()[1]) != 0)
                    .count();
            return cross >= 2 ? "cross" : "none";
        }
        assertNotEquals(true, tick && question, "one sign per box");
        return question ? "question mark" : tick ? "tick" : straight == 2 ? "cross" : "none";
    }
}
