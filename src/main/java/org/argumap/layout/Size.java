package org.argumap.layout;

/** The width and height of a box, in map units. */
public record Size(double width, double height) {
    public static final Size ZERO = new Size(0, 0);

    public Size {
        if (!(width >= 0) || !(height >= 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("size must be finite and not negative, was " + width + "x" + height);
        }
    }
}
