package org.argumap.layout;

/** A point in map units. */
public record Point(double x, double y) {
}
