package org.argumap.ui.present;

/**
 * A smooth camera move from one shot to another, after van Wijk and Nuij, "Smooth and efficient
 * zooming and panning" (InfoVis 2003): between far-apart shots the camera rises (zooms out) on the
 * way, so the audience sees where it is going instead of a blur of boxes racing past, and it
 * moves at a speed that looks steady to the eye. Plain arithmetic, tested without a screen.
 *
 * <p>In the paper's terms, w is the width of the view in map units (screen width / zoom) and u
 * the distance travelled by the centre; the path is a curve in (u, w) of length {@link #length()}.
 */
final class CameraPath {
    /** How much the camera rises on long moves; the paper's recommended value. */
    private static final double RHO = Math.sqrt(2);
    private static final double RHO2 = RHO * RHO;

    private final Shot from;
    private final Shot to;
    private final double screenWidth;
    private final double w0;
    private final double distance;
    private final double r0;
    private final double length;
    /** True when the centres (almost) coincide: a pure zoom, which the general formula cannot do. */
    private final boolean zoomOnly;
    private final double zoomDirection;

    CameraPath(Shot from, Shot to, double screenWidth) {
        this.from = from;
        this.to = to;
        this.screenWidth = screenWidth;
        this.w0 = screenWidth / from.zoom();
        double w1 = screenWidth / to.zoom();
        this.distance = Math.hypot(to.centreX() - from.centreX(), to.centreY() - from.centreY());
        this.zoomOnly = distance < 1e-6 * Math.max(w0, w1);
        if (zoomOnly) {
            zoomDirection = w1 > w0 ? 1 : -1;
            r0 = 0;
            length = Math.abs(Math.log(w1 / w0)) / RHO;
        } else {
            zoomDirection = 0;
            r0 = r(w0, w1, distance, 0);
            length = (r(w0, w1, distance, 1) - r0) / RHO;
        }
    }

    /** How long the move is, in the paper's units: about 1 for a zoom by four, more for far moves. */
    double length() {
        return length;
    }

    /** The shot at this fraction of the path (0 the start, 1 the end). */
    Shot at(double fraction) {
        if (fraction <= 0) {
            return from;
        }
        if (fraction >= 1 || length == 0) {
            return to;
        }
        double s = fraction * length;
        if (zoomOnly) {
            double w = w0 * Math.exp(zoomDirection * RHO * s);
            return new Shot(from.centreX(), from.centreY(), screenWidth / w);
        }
        double u = w0 / RHO2 * (Math.cosh(r0) * Math.tanh(RHO * s + r0) - Math.sinh(r0));
        double w = w0 * Math.cosh(r0) / Math.cosh(RHO * s + r0);
        double t = u / distance;
        return new Shot(from.centreX() + t * (to.centreX() - from.centreX()),
                from.centreY() + t * (to.centreY() - from.centreY()), screenWidth / w);
    }

    private static double r(double w0, double w1, double u1, int end) {
        double wi = end == 0 ? w0 : w1;
        double sign = end == 0 ? 1 : -1;
        double b = (w1 * w1 - w0 * w0 + sign * RHO2 * RHO2 * u1 * u1) / (2 * wi * RHO2 * u1);
        return Math.log(Math.sqrt(b * b + 1) - b);
    }
}
