package org.argumap.layout;

/**
 * How one inference's lines run, as the layout routed them around the boxes.
 *
 * @param feed  from its premise up (or down) to its junction's centre; for linked premises, from
 *              the middle of the bracket that joins them; null where the drawing makes its own
 *              (premises beside the target)
 * @param arrow from the junction's centre to where the arrow ends ({@link MapGeometry#arrivalOf}):
 *              on the target's edge, or at the centre of the junction an undercut attacks; null
 *              where the drawing makes its own
 */
public record LinkRoute(Route feed, Route arrow) {
    /** How far above (or below) linked premises the bar of the bracket that joins them runs. */
    public static final double BRACKET_GAP = 12;

    public LinkRoute translated(double dx, double dy) {
        return new LinkRoute(feed == null ? null : feed.translated(dx, dy), arrow == null ? null : arrow.translated(dx, dy));
    }

    /** Between this and another route of the same link, where their pieces correspond; else null. */
    public LinkRoute towards(LinkRoute other, double progress) {
        Route f = feed == null || other.feed == null ? null : feed.towards(other.feed, progress);
        Route a = arrow == null || other.arrow == null ? null : arrow.towards(other.arrow, progress);
        return f == null && feed != null || a == null && arrow != null ? null : new LinkRoute(f, a);
    }

    /** The smallest rectangle around both lines, or null when there are none. */
    public Rect bounds() {
        Rect bounds = feed == null ? null : feed.bounds();
        if (arrow != null) {
            bounds = bounds == null ? arrow.bounds() : bounds.union(arrow.bounds());
        }
        return bounds;
    }
}
