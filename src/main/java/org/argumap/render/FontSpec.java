package org.argumap.render;

/**
 * A font as the map asks for one: a face and a size in map units. The faces are those Argumap
 * ships (see {@link BundledFonts}), so a box wraps and reads the same on every platform, on screen
 * and in every export.
 */
public record FontSpec(Face face, double size) {
    /** The bundled faces: DejaVu Sans in three styles, and the Material Design icon font. */
    public enum Face {
        REGULAR, BOLD, ITALIC, ICONS
    }

    public static FontSpec regular(double size) {
        return new FontSpec(Face.REGULAR, size);
    }

    public static FontSpec bold(double size) {
        return new FontSpec(Face.BOLD, size);
    }

    public static FontSpec italic(double size) {
        return new FontSpec(Face.ITALIC, size);
    }

    public static FontSpec icons(double size) {
        return new FontSpec(Face.ICONS, size);
    }

    public FontSpec withSize(double value) {
        return new FontSpec(face, value);
    }
}
