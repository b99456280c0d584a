package org.argumap.render.picture;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.argumap.render.AwtFonts;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BundledFonts;
import org.argumap.render.Decorations;
import org.argumap.render.DrawableText;
import org.argumap.render.FontSpec;
import org.argumap.render.Graphics2DSurface;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.Surface;
import org.argumap.render.TextMeasure;
import org.argumap.render.TextWrapper;

/**
 * A PDF being written page by page: PDFBox makes the document and its Graphics2D bridge lets the
 * map's own painting code draw each page as vectors. The bundled fonts are embedded (subset), so
 * the words stay selectable and searchable and print as they look; text the fonts cannot show
 * (right-to-left scripts, for one) is drawn as outlines instead.
 */
public final class PdfPages implements AutoCloseable {
    static final FontSpec HEADER_FONT = FontSpec.bold(11);
    static final FontSpec LABEL_FONT = FontSpec.regular(8);
    /** How far a reader may zoom into a page and still find every word drawn. */
    static final double MAX_MAGNIFICATION = 8;

    private final PDDocument document = new PDDocument();
    private final PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
    private final TextMeasure measure = new AwtTextMeasure();

    /** @param title the document's title in its properties; the map's title */
    public PdfPages(String title) throws IOException {
        for (FontSpec.Face face : new FontSpec.Face[] {FontSpec.Face.REGULAR, FontSpec.Face.BOLD, FontSpec.Face.ITALIC}) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(BundledFonts.file(face)), true);
            fonts.registerFont(AwtFonts.of(new FontSpec(face, 12)).getFontName(), font);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Argumap");
        info.setCreationDate(Calendar.getInstance());
    }

    /**
     * Adds one page with the map's {@code page.area()} on it, under a header and over the page's label.
     * The map is drawn in as much detail as a reader zooming the page up to eight times could see,
     * and never more than {@code maxDetail} (a zoom as the canvas's: 1 draws every word).
     */
    public void addMap(MapRenderer renderer, Decorations decorations, PagePlan.Page page, String header,
                       double maxDetail) throws IOException {
        double detail = Math.min(maxDetail, Math.min(1, page.scale() * MAX_MAGNIFICATION));
        addPage(page.width(), page.height(), (surface, g) -> {
            MapPalette palette = renderer.palette();
            surface.setFill(palette.background());
            surface.fillRect(0, 0, page.width(), page.height());
            band(surface, palette, header, HEADER_FONT, page.width(), PagePlan.MARGIN + measure.ascent(HEADER_FONT));
            band(surface, palette, page.label(), LABEL_FONT, page.width(),
                    page.height() - PagePlan.MARGIN - measure.descent(LABEL_FONT));
            g.clip(new Rectangle2D.Double(page.originX(), page.originY(), page.area().width() * page.scale(),
                    page.area().height() * page.scale()));
            g.translate(page.originX(), page.originY());
            g.scale(page.scale() / detail, page.scale() / detail);
            renderer.paint(new Graphics2DSurface(g), page.area(), detail, 1, decorations, false);
        });
    }

    /** Adds a page drawn by {@code content}, which gets the page in points with the origin at the top left. */
    public void addPage(double width, double height, PageContent content) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) width, (float) height);
        try {
            g.setFontTextDrawer(fonts);
            content.draw(new Graphics2DSurface(g), g);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            stream.drawForm(g.getXFormObject());
        }
    }

    /** How text on a page is measured, for content that wraps its own lines. */
    public TextMeasure measure() {
        return measure;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            fonts.close();
        }
    }

    /** A line of the header or footer, cut with "…" to the page's width. */
    private void band(Surface surface, MapPalette palette, String text, FontSpec font, double width, double baseline) {
        String line = new TextWrapper(measure).fit(DrawableText.oneLine(text).strip(), font, width - 2 * PagePlan.MARGIN);
        if (!line.isEmpty()) {
            surface.setFill(palette.mutedText());
            surface.fillText(line, font, PagePlan.MARGIN, baseline);
        }
    }

    /** What goes on one page. */
    @FunctionalInterface
    public interface PageContent {
        void draw(Surface surface, java.awt.Graphics2D g) throws IOException;
    }
}
