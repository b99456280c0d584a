package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.layout.ArrowSpacing;
import org.argumap.layout.Crossings;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, item 7, a readable overview: the demo map fitted into the editor's 1280 × 800 window,
 * laid out and drawn as the editor does it (automatic layout, text measured with the bundled
 * font), checked through what the painter really draws: no word broken inside a box, no role
 * label cut, arrowheads into one box apart, no line through a box that is not its own.
 */
class OverviewReadabilityTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");
    /** The margin the editor leaves around a fitted map ({@code Navigation}). */
    private static final double FIT_MARGIN = 36;
    /** How far inside a box a line must get to count as passing through it, in map units. */
    private static final double TOLERANCE = 1;

    private static ArgumentMap map;
    private static BoxMeasurer measurer;
    private static MapGeometry geometry;
    private static final MapPalette PALETTE = MapPalette.LIGHT;

    @BeforeAll
    static void layOutTheDemo() throws Exception {
        map = new ArgumapJsonFormat().read(DEMO).map();
        measurer = new BoxMeasurer(new AwtTextMeasure());
        geometry = LayoutStyle.AUTOMATIC.layout().layout(map, measurer);
    }

    /**
     * The map's canvas in the editor's 1280 × 800 window, measured on a screenshot: below the
     * menu and tool bars, above the status bar, beside the inspector, which starts shown on a
     * screen that wide (957 × 707); and the same with the inspector closed.
     */
    static Stream<Arguments> windows() {
        return Stream.of(Arguments.of(957, 707), Arguments.of(1280, 707));
    }

    private static double fittedZoom(double width, double height) {
        Viewport viewport = new Viewport();
        viewport.fit(geometry.bounds(), width, height, FIT_MARGIN);
        return viewport.zoom();
    }

    private static RecordingSurface paintFitted(double width, double height) {
        return paintFitted(width, height, PALETTE);
    }

    private static RecordingSurface paintFitted(double width, double height, MapPalette palette) {
        RecordingSurface surface = new RecordingSurface();
        Rect bounds = geometry.bounds();
        new MapRenderer(map, geometry, measurer, palette).paint(surface, width, height, fittedZoom(width, height),
                bounds.centreX(), bounds.centreY(), 1);
        return surface;
    }

    /** The windows above, each in every theme: the projector's draws lines twice as thick. */
    static Stream<Arguments> windowsAndThemes() {
        return windows().flatMap(window -> Arrays.stream(MapTheme.values())
                .map(theme -> Arguments.of(window.get()[0], window.get()[1], theme)));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void theFittedDemoIsDrawnAsASummaryOfEachBox(double width, double height) {
        double zoom = fittedZoom(width, height);
        assertTrue(zoom >= BoxPainter.SUMMARY_ZOOM && zoom < BoxPainter.FULL_DETAIL_ZOOM, "zoom " + zoom);
    }

    @ParameterizedTest
    @MethodSource("windows")
    void noWordIsBrokenInsideABox(double width, double height) {
        RecordingSurface drawn = paintFitted(width, height);
        for (Statement statement : map.statements()) {
            Set<String> words = wordsOf(measurer.textOf(statement).headline());
            for (String line : headlineLines(drawn, statement)) {
                for (String token : line.split(" ")) {
                    String word = token.endsWith("…") ? token.substring(0, token.length() - 1) : token;
                    assertTrue(words.contains(word), "'" + token + "' in '" + line + "' is not a whole word of "
                            + statement.id() + ": " + words);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("windows")
    void everyBoxSaysAtLeastItsFirstWordAndShortTitlesWhole(double width, double height) {
        RecordingSurface drawn = paintFitted(width, height);
        for (Statement statement : map.statements()) {
            List<String> lines = headlineLines(drawn, statement);
            String headline = String.join(" ", measurer.textOf(statement).headline().strip().split("\\s+"));
            assertFalse(lines.isEmpty(), statement.id() + " shows its headline");
            assertTrue(headline.startsWith(lines.get(0).split(" ")[0].replace("…", "")), statement.id() + ": " + lines);
            if (!statement.title().isBlank() && statement.title().strip().split("\\s+").length <= 4) {
                assertEquals(headline, String.join(" ", lines), statement.id() + "'s title is drawn whole");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("windows")
    void everyRoleLabelIsDrawnWholeInWords(double width, double height) {
        RecordingSurface drawn = paintFitted(width, height);
        for (Statement statement : map.statements()) {
            MapPalette.Style style = PALETTE.of(map, statement);
            List<String> labels = drawn.texts.stream()
                    .filter(t -> t.id().equals(statement.id()) && t.kind().equals("box"))
                    .filter(t -> t.font().face() != FontSpec.Face.ICONS && t.fill().equals(style.ink()))
                    .map(RecordingSurface.Text::text).toList();
            assertEquals(1, labels.size(), statement.id() + " names its role in words: " + labels);
            assertTrue(labels.get(0).equals(style.label()) || labels.get(0).equals(RoleLabel.shortForm(style.label())),
                    statement.id() + "'s label is whole: " + labels.get(0));
        }
    }

    /** Heads side by side on one edge keep at least this much clear between them on screen, in pixels. */
    private static final double HEAD_GAP_PX = 2;

    @ParameterizedTest
    @MethodSource("windowsAndThemes")
    void arrowheadsIntoOneBoxStandApart(double width, double height, MapTheme theme) {
        double zoom = fittedZoom(width, height);
        List<RecordingSurface.Triangle> heads = paintFitted(width, height, theme.palette()).triangles.stream()
                .filter(t -> t.kind().equals("link")).toList();
        assertTrue(heads.size() >= map.inferences().size(), "every arrow has its head: " + heads.size());
        for (int a = 0; a < heads.size(); a++) {
            for (int b = a + 1; b < heads.size(); b++) {
                RecordingSurface.Triangle one = heads.get(a);
                RecordingSurface.Triangle two = heads.get(b);
                assertFalse(Crossings.overlap(one.xs(), one.ys(), two.xs(), two.ys()),
                        "the heads of " + one.id() + " and " + two.id() + " overlap");
                if (Math.abs(one.ys()[0] - two.ys()[0]) < 0.5 && isUpright(one) && isUpright(two)) {
                    double clear = Math.abs(one.xs()[0] - two.xs()[0]) - (baseWidth(one) + baseWidth(two)) / 2;
                    assertTrue(clear * zoom >= HEAD_GAP_PX, "the heads of " + one.id() + " and " + two.id()
                            + " are " + clear * zoom + " px apart on screen");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("windowsAndThemes")
    void junctionMarksKeepOffTheBoxesAndEachOther(double width, double height, MapTheme theme) {
        List<RecordingSurface.Disc> marks = paintFitted(width, height, theme.palette()).discs.stream()
                .filter(d -> d.kind().equals("link")).toList();
        assertEquals(map.inferences().size(), marks.size(), "every link has its mark");
        for (RecordingSurface.Disc mark : marks) {
            for (Statement statement : map.statements()) {
                Rect box = geometry.rectOf(statement.id());
                double dx = mark.centreX() - Math.max(box.x(), Math.min(box.maxX(), mark.centreX()));
                double dy = mark.centreY() - Math.max(box.y(), Math.min(box.maxY(), mark.centreY()));
                assertTrue(Math.hypot(dx, dy) >= mark.radius(), "the mark of " + mark.id() + " covers " + statement.id());
            }
            for (RecordingSurface.Disc other : marks) {
                if (other != mark) {
                    assertTrue(Math.hypot(mark.centreX() - other.centreX(), mark.centreY() - other.centreY())
                            >= mark.radius() + other.radius(), "the marks of " + mark.id() + " and " + other.id() + " overlap");
                }
            }
        }
    }

    /** A head pointing straight up or down, its base level: one entering a box's top or bottom. */
    private static boolean isUpright(RecordingSurface.Triangle head) {
        return Math.abs(head.ys()[1] - head.ys()[2]) < 1e-6;
    }

    private static double baseWidth(RecordingSurface.Triangle head) {
        return Math.hypot(head.xs()[1] - head.xs()[2], head.ys()[1] - head.ys()[2]);
    }

    @ParameterizedTest
    @MethodSource("windows")
    void noLinePassesThroughABoxThatIsNotItsOwn(double width, double height) {
        for (RecordingSurface.Polyline line : paintFitted(width, height).strokes) {
            if (!line.kind().equals("link")) {
                continue;
            }
            Set<String> own = ownBoxes(map.inference(line.id()));
            for (Statement statement : map.statements()) {
                if (!own.contains(statement.id())) {
                    assertFalse(Crossings.crosses(line.xy(), geometry.rectOf(statement.id()), TOLERANCE),
                            "a line of " + line.id() + " passes through " + statement.id() + ": "
                                    + geometry.routeOf(line.id()));
                }
            }
        }
    }

    @Test
    void arrowsIntoOneBoxLandFarEnoughApartForTheirHeadsAtAnyZoom() {
        Map<String, List<Double>> landings = new TreeMap<>();
        for (Inference inference : map.inferences()) {
            Point arrival = geometry.arrivalOf(inference.id());
            if (inference.target() instanceof Statement target) {
                landings.computeIfAbsent(target.id() + "@" + arrival.y(), k -> new ArrayList<>()).add(arrival.x());
            }
        }
        assertTrue(landings.values().stream().anyMatch(xs -> xs.size() >= 5), "the main claim takes many arrows");
        landings.forEach((edge, xs) -> {
            List<Double> sorted = xs.stream().sorted().toList();
            for (int k = 1; k < sorted.size(); k++) {
                assertTrue(sorted.get(k) - sorted.get(k - 1) >= ArrowSpacing.MIN_GAP - 1e-6, edge + ": " + sorted);
            }
        });
    }

    /** The boxes a link starts or ends at: its premises and the statement it bears on. */
    private static Set<String> ownBoxes(Inference inference) {
        Set<String> own = new HashSet<>();
        inference.premises().forEach(p -> own.add(p.id()));
        if (inference.target() instanceof Statement target) {
            own.add(target.id());
        }
        return own;
    }

    private static List<String> headlineLines(RecordingSurface drawn, Statement statement) {
        return drawn.texts.stream()
                .filter(t -> t.id().equals(statement.id()) && t.kind().equals("box"))
                .filter(t -> t.font().face() != FontSpec.Face.ICONS && t.fill().equals(PALETTE.text()))
                .map(RecordingSurface.Text::text).collect(Collectors.toList());
    }

    /** The words of a text, and each without a stop or comma after it (as a line cut short ends). */
    private static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.strip().split("\\s+")) {
            words.add(word);
            words.add(word.replaceAll("[,;:.]+$", ""));
        }
        return words;
    }
}
