package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.text.Markup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: a large map reads at middle zooms. Boxes without a title (the replies of an
 * imported thread) show their first words, as displayed, where they used to show grey bars or
 * their role alone; boxes with a title show the title. Links between distant parts of the map
 * are drawn faint and under every box, so they never run over a box's words. Checked through what
 * the painter draws, which is what the canvas and every picture show.
 */
class ReadableAtEveryZoomTest {
    private static final String REPLY = "Cats nap a lot, see [the study](https://example.org/naps) on naps, "
            + "which followed forty cats for a year in three shelters and found more than anyone thought";
    private static final String TITLE = "Cats sleep";

    private final BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());

    /** From the bars (below 20 %) through the summary (20 to 58 %). */
    @ParameterizedTest
    @ValueSource(doubles = {0.15, 0.18, 0.2, 0.25, 0.35, 0.5})
    void anUntitledBoxShowsItsFirstWordsAsDisplayedAndATitledOneItsTitle(double zoom) {
        ArgumentMap map = new ArgumentMap();
        Statement claim = map.addStatement(StatementContent.claim(
                "Cats are lazy, and we can show it from what their owners say about them").withTitle(TITLE));
        Statement reply = map.addStatement(StatementContent.claim(REPLY).withData(Markup.markdown(Map.of())));
        map.addInference(InferenceContent.of(InferenceType.REPLY), List.of(reply.id()), claim.id());

        RecordingSurface drawn = paint(map, LayoutStyle.TREE, zoom, reply);
        List<String> replyWords = wordsIn(drawn, reply);
        assertFalse(replyWords.isEmpty(), "the reply says something at " + zoom);
        String shown = String.join(" ", replyWords);
        assertTrue("Cats nap a lot, see the study on naps,".startsWith(shown.replace("…", ""))
                        || shown.replace("…", "").startsWith("Cats nap a lot, see the study"),
                "its first words, with the link as its words: " + shown);
        assertTrue(shown.endsWith("…"), "and where it goes on: " + shown);
        assertFalse(shown.contains("[") || shown.contains("http"), "no Markdown: " + shown);
        for (RecordingSurface.Text line : textsOf(drawn, reply)) {
            double px = line.font().size() * zoom;
            assertTrue(px >= BoxPainter.MIN_GLANCE_PX - 0.5, "legible: " + px + " px on screen for " + line.text());
        }

        RecordingSurface titled = paint(map, LayoutStyle.TREE, zoom, claim);
        String title = String.join(" ", wordsIn(titled, claim));
        assertFalse(title.isEmpty(), "the claim says something at " + zoom);
        assertTrue(TITLE.startsWith(title.replace("…", "")), "its title, not its text: " + title);
    }

    @Test
    void theFirstWordsAreCutOnceForEveryFrame() {
        String comment = "word ".repeat(5_000).strip();
        BoxText text = measurer.textOf(new ArgumentMap().addStatement(StatementContent.claim(comment)));
        assertTrue(text.glance().length() <= Glance.MAX_CHARACTERS + 1, "" + text.glance().length());
        assertTrue(text.glance().endsWith("word…"), text.glance());
        assertEquals("My own point.", Glance.of("", "│ what they said\n│ at length\nMy own point."),
                "a reply's own words rather than the passage it quotes");
    }

    @Test
    void aLongLinkIsDrawnFaintAndBeforeEveryBoxAndAShortOneAsBefore() {
        ArgumentMap map = new ArgumentMap();
        Statement left = map.addStatement(StatementContent.claim("The first claim"));
        Statement right = map.addStatement(StatementContent.claim("The second claim"));
        List<Statement> reasons = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reasons.add(map.addStatement(StatementContent.claim("A reason of the first, number " + i)));
            map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(reasons.get(i).id()), left.id());
        }
        for (int i = 0; i < 6; i++) {
            Statement other = map.addStatement(StatementContent.claim("A reason of the second, number " + i));
            map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(other.id()), right.id());
        }
        // A statement used twice: laid out under its first use, its second runs across the map.
        Statement shared = reasons.get(0);
        Inference reuse = map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of(shared.id()), right.id());
        Inference firstUse = map.inferencesFrom(shared).get(0);

        MapRenderer renderer = new MapRenderer(map, LayoutStyle.TREE.layout(), MapPalette.LIGHT);
        Rect from = renderer.geometry().rectOf(shared.id());
        Rect to = renderer.geometry().rectOf(right.id());
        assertTrue(Math.abs(from.centreX() - to.centreX()) > MapPainter.LONG_LINK_GAP + BoxStyle.MAX_WIDTH,
                "the second use runs across the map: " + from + " " + to);

        for (double zoom : new double[] {1, 0.3, 0.05}) {
            RecordingSurface drawn = new RecordingSurface();
            Rect bounds = renderer.geometry().bounds();
            renderer.paint(drawn, bounds.width() * zoom + 100, bounds.height() * zoom + 100, zoom, bounds.centreX(),
                    bounds.centreY(), 1);
            List<RecordingSurface.Polyline> longLines = linesOf(drawn, reuse);
            assertFalse(longLines.isEmpty(), "the reuse is drawn at " + zoom);
            assertTrue(longLines.stream().allMatch(l -> l.alpha() == MapPainter.LONG_LINK_ALPHA),
                    "faint at " + zoom);
            assertTrue(linesOf(drawn, firstUse).stream().allMatch(l -> l.alpha() == 1),
                    "the first use as before at " + zoom);
            int longAt = drawn.elements.indexOf(new RecordingSurface.Element("link", reuse.id()));
            for (int k = 0; k < drawn.elements.size(); k++) {
                RecordingSurface.Element element = drawn.elements.get(k);
                if (element.kind().equals("box") || element.kind().equals("link") && !element.id().equals(reuse.id())) {
                    assertTrue(longAt < k, "the long link before " + element + " at " + zoom);
                }
            }
        }
    }

    private RecordingSurface paint(ArgumentMap map, LayoutStyle layout, double zoom, Statement centre) {
        MapRenderer renderer = new MapRenderer(map, layout.layout().layout(map, measurer), measurer, MapPalette.LIGHT);
        Rect box = renderer.geometry().rectOf(centre.id());
        RecordingSurface drawn = new RecordingSurface();
        renderer.paint(drawn, 1600, 1000, zoom, box.centreX(), box.centreY(), 1);
        return drawn;
    }

    private static List<RecordingSurface.Text> textsOf(RecordingSurface drawn, Statement statement) {
        return drawn.texts.stream().filter(t -> t.kind().equals("box") && t.id().equals(statement.id()))
                .filter(t -> t.fill().equals(MapPalette.LIGHT.text())).toList();
    }

    private static List<String> wordsIn(RecordingSurface drawn, Statement statement) {
        return textsOf(drawn, statement).stream().map(RecordingSurface.Text::text).toList();
    }

    private static List<RecordingSurface.Polyline> linesOf(RecordingSurface drawn, Inference inference) {
        return drawn.strokes.stream().filter(l -> l.kind().equals("link") && l.id().equals(inference.id())).toList();
    }
}
