package org.argumap.render.picture;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
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
import org.argumap.render.FontSpec;
import org.argumap.render.Graphics2DSurface;
import org.argumap.render.MapRenderer;
import org.argumap.render.Surface;
import org.argumap.render.TextMeasure;

/**
 * A PDF being written page by page: PDFBox makes the document and its Graphics2D bridge lets the
 * map's own painting code draw each page as vectors. The bundled fonts are embedded (subset), so
 * the words stay selectable and searchable and print as they look; text the fonts cannot show
 * (right-to-left scripts, for one) is drawn as outlines instead.
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
    private final TextMeasure measure = new AwtTextMeasure();
    private final PageDrawing drawing = new PageDrawing();

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

    /** Adds one page with the map's {@code page.area()} on it (see {@link PageDrawing}). */
    public void addMap(MapRenderer renderer, Decorations decorations, PagePlan.Page page, String header,
                       double maxDetail) throws IOException {
        addPage(page.width(), page.height(),
                (surface, g) -> drawing.draw(surface, renderer, decorations, page, header, maxDetail));
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

    /** What goes on one page. */
    @FunctionalInterface
    public interface PageContent {
        void draw(Surface surface, java.awt.Graphics2D g) throws IOException;
    }
}
