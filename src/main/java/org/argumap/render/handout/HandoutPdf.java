package org.argumap.render.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argumap.layout.Rect;
import org.argumap.present.PresentationStep;
import org.argumap.render.Decorations;
import org.argumap.render.DrawableText;
import org.argumap.render.FontSpec;
import org.argumap.render.MapRenderer;
import org.argumap.render.Surface;
import org.argumap.render.TextMeasure;
import org.argumap.render.TextWrapper;
import org.argumap.render.picture.PageDrawing;
import org.argumap.render.picture.PagePlan;
import org.argumap.render.picture.PageSize;
import org.argumap.render.picture.PdfPages;

/**
 * The handout of a presentation: the whole map on the first page, then a page per step showing the
 * map as that step reveals it, framed on the step, with what the step's boxes say and the
 * presenter's notes beneath. Landscape, since maps are wider than high.
 */
public final class HandoutPdf {
    private static final FontSpec HEADING = FontSpec.bold(11);
    private static final FontSpec BODY = FontSpec.regular(10);
    private static final double LINE = 14;
    /** The share of a step page's height the map takes; the words have the rest. */
    private static final double MAP_SHARE = 0.6;

    private HandoutPdf() {
    }

    public static byte[] write(MapRenderer renderer, List<PresentationStep> steps, PageSize paper, String title)
            throws IOException {
        StepLimit.check(steps);
        PageDrawing drawing = new PageDrawing();
        try (PdfPages pdf = new PdfPages(title)) {
            Rect whole = renderer.area(Set.of());
            if (whole != null) {
                PagePlan.Page overview = PagePlan.fit(whole, paper);
                PagePlan.Page labelled = new PagePlan.Page(overview.width(), overview.height(), overview.area(),
                        overview.scale(), overview.originX(), overview.originY(),
                        "Overview · " + steps.size() + (steps.size() == 1 ? " step" : " steps"));
                pdf.addMap(renderer, Decorations.NONE, labelled, title, 1);
            }
            for (int k = 1; k <= steps.size(); k++) {
                StepView view = StepView.at(steps, k);
                Rect frame = view.frame(renderer);
                PagePlan.Page page = stepPage(frame == null ? new Rect(0, 0, 400, 160) : frame, paper,
                        "Step " + k + " of " + steps.size());
                int number = k;
                pdf.addPage(page.width(), page.height(), (surface, g) -> {
                    drawing.draw(surface, renderer, view, page, title, 1);
                    words(surface, pdf.measure(), renderer, steps.get(number - 1), page);
                });
            }
            return pdf.toBytes();
        }
    }

    /** A landscape page whose upper part holds the frame, fitted and centred. */
    private static PagePlan.Page stepPage(Rect frame, PageSize paper, String label) {
        double width = paper.height();
        double height = paper.width();
        double boxWidth = width - 2 * PagePlan.MARGIN;
        double boxHeight = (height - 2 * PagePlan.MARGIN - 2 * PagePlan.BAND) * MAP_SHARE;
        double scale = Math.min(1, Math.min(boxWidth / frame.width(), boxHeight / frame.height()));
        double originX = (width - frame.width() * scale) / 2;
        double originY = PagePlan.MARGIN + PagePlan.BAND + (boxHeight - frame.height() * scale) / 2;
        return new PagePlan.Page(width, height, frame, scale, originX, originY, label);
    }

    /** Under the map: what the step's boxes say, then the notes, wrapped to the page. */
    private static void words(Surface surface, TextMeasure measure, MapRenderer renderer, PresentationStep step,
                              PagePlan.Page page) {
        TextWrapper wrapper = new TextWrapper(measure);
        double left = PagePlan.MARGIN;
        double width = page.width() - 2 * PagePlan.MARGIN;
        double top = PagePlan.MARGIN + PagePlan.BAND
                + (page.height() - 2 * PagePlan.MARGIN - 2 * PagePlan.BAND) * MAP_SHARE + LINE;
        double bottom = page.height() - PagePlan.MARGIN - PagePlan.BAND;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("This step shows", HEADING));
        for (String box : StepText.boxes(renderer.map(), renderer.palette(), step)) {
            wrapper.wrap("• " + box, BODY, width, Integer.MAX_VALUE).forEach(line -> lines.add(new Line(line, BODY)));
        }
        if (!step.notes().isBlank()) {
            lines.add(new Line("Notes", HEADING));
            wrapper.wrap(DrawableText.lines(step.notes()), BODY, width, Integer.MAX_VALUE)
                    .forEach(line -> lines.add(new Line(line, BODY)));
        }
        surface.resetTransform();
        surface.setFill(renderer.palette().text());
        double y = top;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.font() == HEADING && i > 0) {
                y += LINE / 2;
            }
            if (y + LINE > bottom && i < lines.size() - 1) {
                surface.fillText("…", BODY, left, y + measure.ascent(BODY));
                return;
            }
            surface.fillText(line.text(), line.font(), left, y + measure.ascent(line.font()));
            y += LINE;
        }
    }

    private record Line(String text, FontSpec font) {
    }
}
