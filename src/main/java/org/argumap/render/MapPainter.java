package org.argumap.render;

import java.util.BitSet;
import java.util.List;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Draws the visible part of a map: long links first and faint, then the others, boxes over them, collapse badges over the boxes,
 * what the screen adds (the mouse's editing aids, through a {@link ScreenLayer}), then the boxes
 * being dragged. While a search is active, what it leaves out is drawn faint and its matches carry
 * a marker band. Only what touches the visible area is asked for (through the spatial indexes
 * behind the {@link Placement}), so panning a large map costs what is on screen, not what is in
 * the map. The canvas and every export draw through this one routine.
 */
public final class MapPainter {
    private static final FontSpec HINT_FONT = FontSpec.regular(16);
    /**
     * Below this, rows are a few pixels apart and links would be a smear over the blocks: the
     * blocks alone show the map's shape, and the minimap-like view stays cheap.
     */
    public static final double LINKLESS_ZOOM = 0.02;
    /** How far beyond the edges to draw, in view pixels: shadows, rings and badges of boxes just outside. */
    private static final double BLEED = 32;
    /** How strongly boxes and links a search leaves out are drawn: faint, yet still there to read. */
    public static final double DIMMED_ALPHA = 0.28;
    /** How strongly a presentation draws what earlier steps revealed: behind the focused step, still legible. */
    public static final double RECEDED_ALPHA = 0.4;

    /**
     * A link whose ends lie farther apart than this, in map units (three boxes wide), is long
     * where it would cross the map over other boxes: see {@link #isLong}.
     */
    public static final double LONG_LINK_GAP = 3 * BoxStyle.WIDTH;
    /** How strongly long links are drawn: there to follow, not a net over the map. */
    public static final double LONG_LINK_ALPHA = 0.35;

    /** What only the screen draws, at the two moments it needs: the editing aids. */
    public interface ScreenLayer {
        ScreenLayer NONE = new ScreenLayer() {
        };

        /** In map coordinates, after the resting boxes and before those a drag lifts. */
        default void underLifted(List<String> shown, double zoom) {
        }

        /** In view coordinates, over everything. */
        default void onTop() {
        }
    }

    private final BoxMeasurer measurer;
    private final BoxPainter boxes;
    private final LinkPainter links;
    private final RoleStyles styles;
    private final StandingMarks marks;
    private boolean background = true;
    /** Which boxes stand, drawn over the map; null while the overlay is off. */
    private Evaluation evaluation;
    private StandingMarks.Witness witness = StandingMarks.Witness.NONE;

    public MapPainter(BoxMeasurer measurer, RoleStyles styles) {
        this.measurer = measurer;
        this.styles = styles;
        this.boxes = new BoxPainter(measurer.wrapper());
        this.links = new LinkPainter(measurer.wrapper().measure());
        this.marks = new StandingMarks(measurer.wrapper().measure());
    }

    /**
     * Draws which boxes and steps stand, after this evaluation of the map (Evaluate › Show Evaluation,
     * and pictures exported while it is on); null draws the map without it. An id the evaluation
     * does not know (a box added since) is drawn without a mark rather than guessed at.
     */
    public void setEvaluation(Evaluation value) {
        evaluation = value;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    /** Told of every standing mark drawn, in the order drawn; {@link StandingMarks.Witness#NONE} for none. */
    public void setWitness(StandingMarks.Witness value) {
        witness = value == null ? StandingMarks.Witness.NONE : value;
    }

    /** Whether the palette's background is painted first; off for a PNG with a transparent background. */
    public void setBackground(boolean value) {
        background = value;
    }

    public RoleStyles styles() {
        return styles;
    }

    /**
     * @param scale device pixels per view unit (the window's output scale), for pixel snapping
     */
    public void paint(Surface gc, double width, double height, double scale, Viewport viewport, ArgumentMap map,
                      Placement all, Decorations decorations, ScreenLayer layer) {
        // What a presentation has not revealed yet, or an export leaves out, is simply not there below.
        Placement placement = RevealedPlacement.of(all, map, decorations);
        MapPalette palette = styles.palette();
        gc.resetTransform();
        if (background) {
            gc.setFill(palette.background());
            gc.fillRect(0, 0, width, height);
        }
        if (map.isEmpty()) {
            TextMeasure measure = measurer.wrapper().measure();
            String hint = "This map is empty.";
            gc.setFill(palette.mutedText());
            gc.fillText(hint, HINT_FONT, (width - measure.width(hint, HINT_FONT)) / 2,
                    height / 2 + (measure.ascent(HINT_FONT) - measure.descent(HINT_FONT)) / 2);
            return;
        }
        double zoom = viewport.zoom();
        PixelSnap snap = new PixelSnap(viewport, scale);
        gc.setTransform(zoom, viewport.offsetX(), viewport.offsetY());
        Rect visible = viewport.visibleArea(width, height).expanded(BLEED / zoom);

        if (zoom >= LINKLESS_ZOOM) {
            List<String> shownLinks = placement.inferencesIn(visible);
            BitSet longLinks = new BitSet(shownLinks.size());
            for (int k = 0; k < shownLinks.size(); k++) {
                Inference inference = map.inference(shownLinks.get(k));
                longLinks.set(k, inference != null && isLong(map, placement, inference, zoom));
            }
            // Long links first, so that the short ones of each argument run over them, and every box over both.
            for (int k = longLinks.nextSetBit(0); k >= 0; k = longLinks.nextSetBit(k + 1)) {
                paintLink(gc, map, placement, map.inference(shownLinks.get(k)), decorations, zoom, LONG_LINK_ALPHA);
            }
            for (int k = longLinks.nextClearBit(0); k < shownLinks.size(); k = longLinks.nextClearBit(k + 1)) {
                Inference inference = map.inference(shownLinks.get(k));
                if (inference != null) {
                    paintLink(gc, map, placement, inference, decorations, zoom, 1);
                }
            }
            gc.setGlobalAlpha(1);
        }
        List<String> shown = placement.statementsIn(visible);
        PixelCoverage coverage = zoom < BoxPainter.BLOCK_ONLY_ZOOM ? new PixelCoverage(width, height) : null;
        for (String id : shown) {
            if (!decorations.lifted().contains(id)
                    && (coverage == null || adds(coverage, placement, id, viewport)
                    || decorations.isSelected(id) || decorations.isMatch(id))) {
                paintBox(gc, map, placement, id, decorations, snap, zoom, false);
            }
        }
        if (zoom >= BoxPainter.BLOCK_ONLY_ZOOM) {
            for (String id : shown) {
                if (!decorations.lifted().contains(id)) {
                    paintBadge(gc, map, placement, id, decorations, zoom);
                }
            }
        }
        layer.underLifted(shown, zoom);
        for (String id : decorations.lifted()) {
            Rect box = placement.rectOf(id);
            if (box != null && box.intersects(visible)) {
                paintBox(gc, map, placement, id, decorations, snap, zoom, true);
            }
        }
        gc.resetTransform();
        layer.onTop();
    }

    private void paintLink(Surface gc, ArgumentMap map, Placement placement, Inference inference,
                           Decorations decorations, double zoom, double alpha) {
        String id = inference.id();
        Label standing = standingOf(id);
        gc.setGlobalAlpha(alpha * (isDimmed(inference, decorations) ? DIMMED_ALPHA
                : isReceded(inference, decorations) ? RECEDED_ALPHA : 1)
                * (standing == Label.OUT ? StandingMarks.FALLEN_ALPHA : 1));
        gc.beginElement("link", id);
        links.paint(gc, styles.palette(), placement, inference, styles.of(map, inference), zoom);
        if (standing != null && standing != Label.IN && zoom >= BoxPainter.BLOCK_ONLY_ZOOM
                && premisesStand(inference)) {
            gc.setGlobalAlpha(1);
            markJunction(gc, placement, inference, standing, zoom);
        }
        gc.endElement();
    }

    /**
     * Whether a link runs between distant parts of the map: its premise and what it bears on lie
     * more than {@link #LONG_LINK_GAP} apart, and it is either a statement's second (third…) use
     * (a Kialo claim reused elsewhere, a premise shared by two arguments), which the layout placed
     * under its first use, or drawn far out, where every line is straight from box to box. Such a
     * line would cross whatever lies between; a link within one argument keeps to the lanes the
     * layout routed for it, however wide the row, and is drawn as before.
     */
    static boolean isLong(ArgumentMap map, Placement placement, Inference inference, double zoom) {
        Rect target = placement.rectOf(inference.target().id());
        if (target == null) {
            return false;
        }
        for (Statement premise : inference.premises()) {
            Rect from = placement.rectOf(premise.id());
            if (from != null && gap(from, target) > LONG_LINK_GAP
                    && (zoom < BoxPainter.BLOCK_ONLY_ZOOM || map.graph().outDegreeOf(premise) > 1)) {
                return true;
            }
        }
        return false;
    }

    /** How far apart two rectangles are: 0 where they touch or overlap. */
    private static double gap(Rect a, Rect b) {
        double across = Math.max(0, Math.max(a.x(), b.x()) - Math.min(a.maxX(), b.maxX()));
        double down = Math.max(0, Math.max(a.y(), b.y()) - Math.min(a.maxY(), b.maxY()));
        return Math.hypot(across, down);
    }

    private Label standingOf(String id) {
        return evaluation == null || !evaluation.labels().containsKey(id) ? null : evaluation.label(id);
    }

    /**
     * Whether a step's own standing is news: when a premise falls or is undecided, so does the step,
     * and the premise's badge says so already; only a step that falls with its premises standing
     * (an undercut stands) gets a badge of its own.
     */
    private boolean premisesStand(Inference inference) {
        for (Statement premise : inference.premises()) {
            if (standingOf(premise.id()) != Label.IN) {
                return false;
            }
        }
        return true;
    }

    private void markJunction(Surface gc, Placement placement, Inference inference, Label standing, double zoom) {
        Rect junction = placement.rectOf(inference.id());
        if (junction != null) {
            marks.onJunction(gc, styles.palette(), junction, standing, zoom);
            witness.drawn(inference.id(), standing, null);
        }
    }

    /** A link is faint when a search leaves out every premise it comes from: it belongs to them. */
    private static boolean isDimmed(Inference inference, Decorations decorations) {
        for (Statement premise : inference.premises()) {
            if (!decorations.isDimmed(premise.id())) {
                return false;
            }
        }
        return true;
    }

    /** A link recedes with the premises it comes from, as it dims with them. */
    private static boolean isReceded(Inference inference, Decorations decorations) {
        for (Statement premise : inference.premises()) {
            if (!decorations.isReceded(premise.id()) && !decorations.isHidden(premise.id())) {
                return false;
            }
        }
        return !inference.premises().isEmpty();
    }

    private static double alphaOf(String id, Decorations decorations) {
        return decorations.isDimmed(id) ? DIMMED_ALPHA : decorations.isReceded(id) ? RECEDED_ALPHA : 1;
    }

    private static boolean adds(PixelCoverage coverage, Placement placement, String id, Viewport viewport) {
        Rect box = placement.rectOf(id);
        if (box == null) {
            return false;
        }
        double zoom = viewport.zoom();
        return coverage.adds(viewport.toViewX(box.x()), viewport.toViewY(box.y()), box.width() * zoom,
                box.height() * zoom);
    }

    private void paintBox(Surface gc, ArgumentMap map, Placement placement, String id, Decorations decorations,
                          PixelSnap snap, double zoom, boolean lifted) {
        Statement statement = map.statement(id);
        Rect box = statement == null ? null : placement.rectOf(id);
        if (box == null) {
            return;
        }
        BoxPainter.Look look = new BoxPainter.Look(decorations.isSelected(id), id.equals(decorations.hoveredId()),
                lifted, BoxPainter.Mark.of(decorations.isMatch(id), decorations.isCurrentMatch(id)));
        Label standing = standingOf(id);
        double alpha = alphaOf(id, decorations);
        double faded = alpha * (standing == Label.OUT ? StandingMarks.FALLEN_ALPHA : 1);
        gc.beginElement("box", id);
        if (faded < 1 && zoom >= BoxPainter.BLOCK_ONLY_ZOOM && background) {
            // A faded box still hides the lines behind it: a line seen through it runs through its words.
            gc.setGlobalAlpha(1);
            gc.setFill(styles.palette().background());
            gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 2 * BoxStyle.CORNER);
        }
        gc.setGlobalAlpha(faded);
        boolean badged = standing != null && zoom >= BoxPainter.BLOCK_ONLY_ZOOM;
        if (badged && !look.selected() && !look.hovered() && look.mark() == BoxPainter.Mark.NONE) {
            StandingMarks.ring(gc, styles.palette(), box, standing, zoom);
        }
        boxes.paint(gc, styles.palette(), box, styles.of(map, statement), measurer.textOf(statement),
                statement.kind() == StatementKind.EVIDENCE, look, snap, zoom);
        if (badged) {
            // The badge is not faded with a fallen box: the ✗ is what says why it recedes.
            gc.setGlobalAlpha(alpha);
            marks.onBox(gc, styles.palette(), box, standing, statement.content().verdict(), zoom);
            witness.drawn(id, standing, statement.content().verdict());
        }
        gc.endElement();
        gc.setGlobalAlpha(1);
    }

    private void paintBadge(Surface gc, ArgumentMap map, Placement placement, String id, Decorations decorations,
                            double zoom) {
        int hidden = decorations.hiddenBelow(id);
        boolean pointed = id.equals(decorations.hoveredId());
        if (hidden == 0 && !pointed && !decorations.isSelected(id)) {
            return;
        }
        Statement statement = map.statement(id);
        Rect box = statement == null ? null : placement.rectOf(id);
        if (box == null) {
            return;
        }
        MapPalette.Style style = styles.of(map, statement);
        gc.setGlobalAlpha(alphaOf(id, decorations));
        if (hidden > 0) {
            BranchBadge.paintCollapsed(gc, measurer.wrapper().measure(), styles.palette(), box, hidden, style, zoom,
                    decorations.isToggleHovered(id));
        } else if (decorations.hasBranch(id)) {
            BranchBadge.paintToggle(gc, styles.palette(), box, style, zoom, decorations.isToggleHovered(id));
        }
        gc.setGlobalAlpha(1);
    }
}
