package org.argumap.layout;

import java.util.Locale;

/**
 * Chooses a layout by the map's size and shape. A tree (no statement serves more than one
 * argument) gets the {@link TreeLayout}: it is what readers of argument maps expect, and a layered
 * layout of a tree is no better, only slower. A graph gets ELK's {@link ElkLayeredLayout}, which
 * keeps arrows from shared premises short and uncrossed, unless it has more boxes than ELK lays
 * out in about a second on an ordinary machine (decision 5 has the measurements); then the tree
 * layout, which places a shared premise under the first claim it serves, in milliseconds.
 */
public final class AutoLayout implements MapLayout {
    /** Statements plus junctions; ELK layered took about 0.5 s for 4,000 on a 2-core machine. */
    public static final int DEFAULT_MAX_LAYERED_BOXES = 4000;

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
        return new Choice(LayoutStyle.LAYERED, "Layered layout: " + serving + " several arguments.");
    }

    @Override
    public MapGeometry layout(LayoutInput input) {
        return choose(input).style() == LayoutStyle.LAYERED ? layered.layout(input) : tree.layout(input);
    }

    private static String format(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
