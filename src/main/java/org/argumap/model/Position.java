package org.argumap.model;

/** Where a box's centre was placed, in map coordinates (not screen pixels). */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite, was (" + x + ", " + y + ")");
        }
    }
}
