package org.argumap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.kordamp.ikonli.materialdesign2.MaterialDesignFIkonHandler;

/**
 * The font files Argumap draws maps with, read once from the class path: DejaVu Sans (regular,
 * bold, oblique), wide in its coverage of scripts and free to embed, and the Material Design icon
 * font the toolbar uses too. Shipping the fonts, rather than asking the platform for "System",
 * makes a box wrap at the same word on Linux, Windows and macOS, on screen and in an export, so a
 * map laid out on one machine reads the same on another and in its PDF.
 */
public final class BundledFonts {
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<FontSpec.Face, byte[]> FILES = new EnumMap<>(FontSpec.Face.class);

    private BundledFonts() {
    }

    /** The family name the text faces carry inside their files. */
    public static final String TEXT_FAMILY = "DejaVu Sans";

    /** The TrueType file of a face. */
    public static synchronized byte[] file(FontSpec.Face face) {
        return FILES.computeIfAbsent(face, BundledFonts::read);
    }

    private static byte[] read(FontSpec.Face face) {
        try (InputStream in = open(face)) {
            if (in == null) {
                throw new IllegalStateException("the font file for " + face + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font file for " + face, e);
        }
    }

    private static InputStream open(FontSpec.Face face) {
        return switch (face) {
            case REGULAR -> BundledFonts.class.getResourceAsStream(DEJAVU + "DejaVuSans.ttf");
            case BOLD -> BundledFonts.class.getResourceAsStream(DEJAVU + "DejaVuSans-Bold.ttf");
            case ITALIC -> BundledFonts.class.getResourceAsStream(DEJAVU + "DejaVuSans-Oblique.ttf");
            case ICONS -> new MaterialDesignFIkonHandler().getFontResourceAsStream();
        };
    }
}
