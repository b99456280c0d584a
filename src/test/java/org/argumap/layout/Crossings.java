package org.argumap.layout;

/** Geometry for checking drawings: whether a line passes through a box, whether two triangles overlap. */
public final class Crossings {
    private Crossings() {
    }

    /**
     * Whether the segment passes through the inside of the box shrunk by {@code tolerance} on
     * every side (so a line along an edge, or ending on one, does not count). Liang–Barsky clipping.
     */
    public static boolean crosses(double x1, double y1, double x2, double y2, Rect box, double tolerance) {
        double left = box.x() + tolerance;
        double right = box.maxX() - tolerance;
        double top = box.y() + tolerance;
        double bottom = box.maxY() - tolerance;
        if (left >= right || top >= bottom) {
            return false;
        }
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
        double enter = 0;
        double leave = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter < leave;
    }

    /** Whether the polyline (x, y pairs) passes through the box as {@link #crosses} says. */
    public static boolean crosses(double[] xy, Rect box, double tolerance) {
        for (int k = 0; k + 3 < xy.length; k += 2) {
            if (crosses(xy[k], xy[k + 1], xy[k + 2], xy[k + 3], box, tolerance)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two triangles share area (touching does not count): the separating axis test. */
    public static boolean overlap(double[] xs1, double[] ys1, double[] xs2, double[] ys2) {
        return !separated(xs1, ys1, xs2, ys2) && !separated(xs2, ys2, xs1, ys1);
    }

    /** Whether an edge of the first triangle has both triangles on opposite sides of it. */
    private static boolean separated(double[] xs1, double[] ys1, double[] xs2, double[] ys2) {
        for (int e = 0; e < 3; e++) {
            double nx = ys1[(e + 1) % 3] - ys1[e];
            double ny = xs1[e] - xs1[(e + 1) % 3];
            double min1 = Double.POSITIVE_INFINITY;
            double max1 = Double.NEGATIVE_INFINITY;
            double min2 = Double.POSITIVE_INFINITY;
            double max2 = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                double a = xs1[k] * nx + ys1[k] * ny;
                double b = xs2[k] * nx + ys2[k] * ny;
                min1 = Math.min(min1, a);
                max1 = Math.max(max1, a);
                min2 = Math.min(min2, b);
                max2 = Math.max(max2, b);
            }
            if (max1 <= min2 + 1e-9 || max2 <= min1 + 1e-9) {
                return true;
            }
        }
        return false;
    }
}
