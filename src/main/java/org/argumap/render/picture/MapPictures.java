package org.argumap.render.picture;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.argumap.layout.Rect;
import org.argumap.render.BundledFonts;
import org.argumap.render.Decorations;
import org.argumap.render.Graphics2DSurface;
import org.argumap.render.MapRenderer;
import org.jfree.svg.SVGGraphics2D;

/**
 * A map as a picture: PNG, SVG or PDF, each drawn by the canvas's painting code through Java 2D
 * (a bitmap, JFreeSVG, PDFBox), so an export looks like the screen. Safe to run off the FX thread;
 * an interrupted thread stops at the next box with a {@link java.util.concurrent.CancellationException}.
 */
public final class MapPictures {
    /** The longest side of a PNG, in pixels; beyond it the picture is scaled down and the user told. */
    static final int MAX_PNG_SIDE = 16_384;
    /** At most this many pixels (256 MB of memory while drawing). */
    static final long MAX_PNG_PIXELS = 64L * 1024 * 1024;
    /**
     * Beyond this many statements, SVG and PDF draw the map as the canvas draws it from far out,
     * blocks and lines: every word of a hundred thousand boxes would make a file of hundreds of
     * megabytes that no viewer opens. A branch or a selection can still be exported in full.
     */
    static final int FULL_DETAIL_LIMIT = 20_000;
    /** The zoom such a map is drawn at: blocks and lines, as the canvas shows it far out. */
    static final double OVERVIEW_ZOOM = 0.05;
    /** The picture of an empty map: room for the words saying so. */
    private static final Rect EMPTY_AREA = new Rect(0, 0, 400, 160);

    /** The file's bytes, and anything the user should know about how they were made. */
    public record Picture(byte[] bytes, List<String> notes) {
    }

    private MapPictures() {
    }

    public static Picture write(MapRenderer renderer, PictureFormat format, PictureOptions options) throws IOException {
        return switch (format) {
            case PNG -> png(renderer, options);
            case SVG -> svg(renderer, options);
            case PDF -> pdf(renderer, options);
        };
    }

    static Picture png(MapRenderer renderer, PictureOptions options) throws IOException {
        Rect area = areaOf(renderer, options);
        List<String> notes = new ArrayList<>();
        double scale = options.scale();
        double fitting = Math.min(MAX_PNG_SIDE / Math.max(area.width(), area.height()),
                Math.sqrt(MAX_PNG_PIXELS / (area.width() * area.height())));
        if (fitting < scale) {
            scale = fitting;
            notes.add(String.format("The map is too large for a PNG at %.0f×; it was drawn at %.2g %% (%d × %d pixels)."
                            + " SVG and PDF have no such limit.", options.scale(), scale * 100,
                    (int) Math.ceil(area.width() * scale), (int) Math.ceil(area.height() * scale)));
        }
        byte[] bytes = png(renderer, area, scale, decorations(options), !options.transparent());
        return new Picture(bytes, notes);
    }

    /** A PNG of {@code area} at {@code scale} pixels per map unit, drawn with these decorations. */
    public static byte[] png(MapRenderer renderer, Rect area, double scale, Decorations decorations,
                             boolean background) throws IOException {
        int width = Math.max(1, (int) Math.ceil(area.width() * scale));
        int height = Math.max(1, (int) Math.ceil(area.height() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            renderer.paint(new Graphics2DSurface(g), area, scale, 1, decorations, background);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static Picture svg(MapRenderer renderer, PictureOptions options) {
        Rect area = areaOf(renderer, options);
        double zoom = detailed(renderer, options) ? 1 : OVERVIEW_ZOOM;
        SVGGraphics2D svg = new SVGGraphics2D(area.width() * zoom, area.height() * zoom);
        svg.setGeomDoubleConverter(MapPictures::twoPlaces);
        svg.setTransformDoubleConverter(MapPictures::twoPlaces);
        svg.setFontFunction(family -> family.equals(BundledFonts.TEXT_FAMILY)
                ? "\"DejaVu Sans\", sans-serif" : family);
        renderer.paint(new Graphics2DSurface(svg, true), area, zoom, 1, decorations(options), !options.transparent());
        return new Picture(svg.getSVGDocument().getBytes(StandardCharsets.UTF_8), overviewNote(renderer, options));
    }

    static Picture pdf(MapRenderer renderer, PictureOptions options) throws IOException {
        Rect area = areaOf(renderer, options);
        List<PagePlan.Page> pages;
        try {
            pages = options.tiled() ? PagePlan.tiles(area, options.page()) : List.of(PagePlan.fit(area, options.page()));
        } catch (IllegalArgumentException tooMany) {
            throw new IOException(tooMany.getMessage(), tooMany);
        }
        try (PdfPages pdf = new PdfPages(options.title())) {
            for (PagePlan.Page page : pages) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("cancelled");
                }
                pdf.addMap(renderer, decorations(options), page, options.title(),
                        detailed(renderer, options) ? 1 : OVERVIEW_ZOOM);
            }
            return new Picture(pdf.toBytes(), overviewNote(renderer, options));
        }
    }

    /** What the picture shows: the chosen statements or the whole map, with a margin. */
    static Rect areaOf(MapRenderer renderer, PictureOptions options) {
        Rect area = renderer.area(options.only());
        return area == null ? EMPTY_AREA : area;
    }

    /** Whether the picture can carry every word: the map, or the part of it chosen, is not too large. */
    static boolean detailed(MapRenderer renderer, PictureOptions options) {
        int shown = options.only().isEmpty() ? renderer.map().statements().size() : options.only().size();
        return shown <= FULL_DETAIL_LIMIT;
    }

    private static List<String> overviewNote(MapRenderer renderer, PictureOptions options) {
        if (detailed(renderer, options)) {
            return List.of();
        }
        return List.of(String.format("The map has %,d statements, more than %,d: it is drawn as an overview of blocks"
                        + " and lines. Export a branch or a selection to see its words.",
                renderer.map().statements().size(), FULL_DETAIL_LIMIT));
    }

    private static Decorations decorations(PictureOptions options) {
        return MapRenderer.only(options.only());
    }

    /** Coordinates to two decimals: a hundredth of a pixel is finer than any screen, and the file halves. */
    private static String twoPlaces(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return Double.toString(hundredths / 100.0);
    }
}
