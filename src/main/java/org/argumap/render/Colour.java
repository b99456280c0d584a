package org.argumap.render;

/**
 * A colour with its opacity, each channel from 0 to 1, free of any toolkit so that the same
 * palette serves the screen (JavaFX) and the exports (Java 2D).
 */
public record Colour(double red, double green, double blue, double opacity) {
    public static final Colour WHITE = new Colour(1, 1, 1, 1);
    public static final Colour BLACK = new Colour(0, 0, 0, 1);
    public static final Colour TRANSPARENT = new Colour(0, 0, 0, 0);

    public Colour {
        red = clamp(red);
        green = clamp(green);
        blue = clamp(blue);
        opacity = clamp(opacity);
    }

    /** A colour written as CSS does, {@code #rrggbb}. */
    public static Colour web(String hex) {
        return web(hex, 1);
    }

    public static Colour web(String hex, double opacity) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int rgb = Integer.parseInt(digits, 16);
        return new Colour(((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, opacity);
    }

    public static Colour rgb(int red, int green, int blue, double opacity) {
        return new Colour(red / 255.0, green / 255.0, blue / 255.0, opacity);
    }

    public Colour withOpacity(double value) {
        return new Colour(red, green, blue, value);
    }

    /** This colour's opacity multiplied by a factor, as a shadow lifted by a drag grows darker. */
    public Colour fadedBy(double factor) {
        return withOpacity(opacity * factor);
    }

    /** The colour a fraction {@code t} of the way to {@code other}. */
    public Colour towards(Colour other, double t) {
        return new Colour(red + (other.red - red) * t, green + (other.green - green) * t,
                blue + (other.blue - blue) * t, opacity + (other.opacity - opacity) * t);
    }

    /** The relative luminance of WCAG 2, for contrast checks. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The WCAG contrast ratio between two opaque colours, from 1 to 21. */
    public double contrastWith(Colour other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    /** The colour as {@code #rrggbb}, without its opacity. */
    public String hex() {
        return String.format("#%02x%02x%02x", channel(red), channel(green), channel(blue));
    }

    public int argb() {
        return channel(opacity) << 24 | channel(red) << 16 | channel(green) << 8 | channel(blue);
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
