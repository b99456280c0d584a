package org.argumap.layout;

import java.util.Locale;

/**
 * Chooses a layout by the map's size and shape. A tree (no statement serves more than one
 * argument) gets the {@link TreeLayout}: it is what readers of argument maps expect, and a layered
 * layout of a tree is no better, only slower. A graph gets ELK's {@link ElkLayeredLayout}, which
 * keeps arrows from shared premises short and uncrossed, unless it has more boxes than ELK lays
 * out in about a second on an ordinary machine (decision 5 has the measurements); then the tree
 * layout, which places a shared premise under the first claim it serves, in milliseconds.
 *
 * <p>A graph shaped like a discussion also gets the tree layout: every link one statement
 * answering another, and only a few (at most one in {@link #MAX_CROSS_LINK_SHARE}) a second use
 * of a statement, as a Kialo debate's "-> See" makes. Its first uses make a tree that reads as the
 * debate does, stacked and shelved to the window's shape, and the few second uses run across as
 * cross links; ELK would draw it as a strip many windows wide (decision 18).
 */
public final class AutoLayout implements MapLayout {
    /** Statements plus junctions; ELK layered took about 0.5 s for 4,000 on a 2-core machine. */
    public static final int DEFAULT_MAX_LAYERED_BOXES = 4000;
    /** A reply-shaped graph has at most one link in this many that is a statement's second (or later) use. */
    static final int MAX_CROSS_LINK_SHARE = 5;

    /** Which layout was chosen and why, in words the status bar can show. */
    public record Choice(LayoutStyle style, String reason) {
    }

    private final int maxLayeredBoxes;
    private final MapLayout tree;
    private final MapLayout layered;

    public AutoLayout() {
        this(DEFAULT_MAX_LAYERED_BOXES);
    }

    /** @param maxLayeredBoxes the most boxes (statements and junctions) given to the layered layout */
    public AutoLayout(int maxLayeredBoxes) {
        this(maxLayeredBoxes, new TreeLayout(), new ElkLayeredLayout());
    }

    /** The usual limit, with the tree layout arranged for a window of this width over height. */
    public static AutoLayout forWindow(double windowRatio) {
        return new AutoLayout(DEFAULT_MAX_LAYERED_BOXES, TreeLayout.forWindow(windowRatio), LayoutStyle.LAYERED.layout());
    }

    AutoLayout(int maxLayeredBoxes, MapLayout tree, MapLayout layered) {
        this.maxLayeredBoxes = maxLayeredBoxes;
        this.tree = tree;
        this.layered = layered;
    }

    /** What {@link #layout(LayoutInput)} would do with this input; cheap, any thread. */
    public Choice choose(LayoutInput input) {
        int shared = input.sharedPremiseCount();
        if (shared == 0) {
            return new Choice(LayoutStyle.TREE, "Tree layout: every statement serves one argument.");
        }
        String serving = shared == 1 ? "1 statement serves" : format(shared) + " statements serve";
        if (input.size() > maxLayeredBoxes) {
            return new Choice(LayoutStyle.TREE, "Tree layout: " + serving + " several arguments, but "
                    + format(input.size()) + " boxes are too many for the layered layout (at most "
                    + format(maxLayeredBoxes) + ").");
        }
        int crossLinks = replyCrossLinks(input);
        if (crossLinks >= 0) {
            return new Choice(LayoutStyle.TREE, "Tree layout: " + serving + " several arguments, but only as "
                    + format(crossLinks) + (crossLinks == 1 ? " cross link" : " cross links")
                    + " in a map of replies, drawn across the tree.");
        }
        return new Choice(LayoutStyle.LAYERED, "Layered layout: " + serving + " several arguments.");
    }

    @Override
    public MapGeometry layout(LayoutInput input) {
        return choose(input).style() == LayoutStyle.LAYERED ? layered.layout(input) : tree.layout(input);
    }

    /**
     * For a reply-shaped graph, its cross links: the links beyond each statement's first use.
     * -1 for other maps: one with linked premises or undercuts, or more cross links than one in
     * {@link #MAX_CROSS_LINK_SHARE}, whose structure ELK shows better.
     */
    static int replyCrossLinks(LayoutInput input) {
        int links = 0;
        int cross = 0;
        for (int node = 0; node < input.size(); node++) {
            if (input.isStatement(node)) {
                cross += Math.max(0, input.feedCount(node) - 1);
            } else if (input.premiseCount(node) != 1 || !input.isStatement(input.target(node))) {
                return -1;
            } else {
                links++;
            }
        }
        return cross > 0 && (long) cross * MAX_CROSS_LINK_SHARE <= links ? cross : -1;
    }

    private static String format(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
