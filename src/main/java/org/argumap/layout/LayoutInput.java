package org.argumap.layout;

import java.util.Arrays;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/**
 * Everything a layout needs to know of a map, copied out of it: the visible statements and
 * inferences in map order, with their ids, measured sizes, user-placed positions, premises and
 * targets. {@link ArgumentMap} is not thread-safe and its boxes are measured with the view's
 * fonts, so the view builds this on the FX thread ({@link #of(ArgumentMap, BoxSizes, Collapsing)}
 * is linear and cheap) and hands it to a worker, where any {@link MapLayout} may run from it while
 * the user goes on editing the map. Immutable, so safe to share between threads.
 *
 * <p>Nodes are numbered 0..size()-1 in map order. Nodes that collapsed statements hide are left
 * out, and so are the premises and inferences that lead into them, so a layout never sees them
 * and they get no rectangle.
 */
public final class LayoutInput {
    private static final int[] NO_NODES = new int[0];
    private static final int NONE = -1;

    private final String[] ids;
    private final boolean[] statement;
    private final double[] widths;
    /** The width as measured, before {@link #collectIncoming} widened the box for its arrows. */
    private final double[] measuredWidths;
    private final double[] heights;
    /** Centre the user placed the box at; NaN where the layout decides. */
    private final double[] placedX;
    private final double[] placedY;
    /** For an inference, its visible premises in order; empty for a statement. */
    private final int[][] premises;
    /** For an inference, the node it bears on; NONE for a statement. */
    private final int[] target;
    /** The inferences into each node (its reasons, objections, undercuts), in map order. */
    private final int[][] incoming;
    /** For a statement, how many inferences it is a premise of. */
    private final int[] feeds;

    private LayoutInput(int n) {
        ids = new String[n];
        statement = new boolean[n];
        widths = new double[n];
        measuredWidths = new double[n];
        heights = new double[n];
        placedX = new double[n];
        placedY = new double[n];
        premises = new int[n][];
        target = new int[n];
        incoming = new int[n][];
        feeds = new int[n];
    }

    /** The whole map, nothing collapsed. */
    public static LayoutInput of(ArgumentMap map, BoxSizes sizes) {
        return of(map, sizes, Collapsing.none());
    }

    /**
     * What is visible of the map under these collapsed branches. Call it on the thread that owns
     * the map (it reads the map and asks {@code sizes} for every visible box); the result may go
     * anywhere.
     */
    public static LayoutInput of(ArgumentMap map, BoxSizes sizes, Collapsing collapsing) {
        List<MapNode> nodes = map.nodes();
        // Visible index by place in the map's order, NONE for a hidden node: arrays, not a map of
        // every node, since this runs on the FX thread after every change to a large map.
        int[] index = new int[nodes.size()];
        int visible = 0;
        for (int k = 0; k < index.length; k++) {
            index[k] = isShown(nodes.get(k), collapsing) ? visible++ : NONE;
        }
        LayoutInput input = new LayoutInput(visible);
        int[] incomingCount = new int[visible];
        NodeIndex indexOf = node -> index[map.orderIndexOf(node)];
        for (int k = 0; k < index.length; k++) {
            if (index[k] != NONE) {
                input.copy(nodes.get(k), index[k], indexOf, sizes, incomingCount);
            }
        }
        input.collectIncoming(incomingCount);
        return input;
    }

    /** A visible node's number in the input, or {@link #NONE} for a hidden one. */
    private interface NodeIndex {
        int of(MapNode node);
    }

    /**
     * Whether a layout sees the node: it is not hidden and, for an inference, neither is any
     * node along its chain of targets (an undercut of a hidden inference goes with it).
     */
    private static boolean isShown(MapNode node, Collapsing collapsing) {
        for (MapNode step = node; ; step = ((Inference) step).target()) {
            if (collapsing.isHidden(step)) {
                return false;
            }
            if (step instanceof Statement) {
                return true;
            }
        }
    }

    private void copy(MapNode node, int i, NodeIndex index, BoxSizes sizes, int[] incomingCount) {
        ids[i] = node.id();
        Size size = sizes.sizeOf(node);
        widths[i] = size == null ? 0 : size.width();
        heights[i] = size == null ? 0 : size.height();
        Position position = node.position();
        placedX[i] = position == null ? Double.NaN : position.x();
        placedY[i] = position == null ? Double.NaN : position.y();
        target[i] = NONE;
        premises[i] = NO_NODES;
        statement[i] = node instanceof Statement;
        if (node instanceof Inference inference) {
            int t = index.of(inference.target());
            target[i] = t;
            incomingCount[t]++;
            premises[i] = visiblePremises(inference, index);
        }
    }

    private int[] visiblePremises(Inference inference, NodeIndex index) {
        List<Statement> all = inference.premises();
        int[] visible = new int[all.size()];
        int count = 0;
        for (Statement premise : all) {
            int p = index.of(premise);
            if (p != NONE) {
                visible[count++] = p;
                feeds[p]++;
            }
        }
        return count == visible.length ? visible : Arrays.copyOf(visible, count);
    }

    /**
     * Fills {@link #incoming} in map order, in two passes over flat arrays: no list per node. A
     * box with more arrows into it than its measured width receives {@link ArrowSpacing#MIN_GAP}
     * apart is widened to receive them so.
     */
    private void collectIncoming(int[] count) {
        int n = ids.length;
        for (int i = 0; i < n; i++) {
            incoming[i] = count[i] == 0 ? NO_NODES : new int[count[i]];
            measuredWidths[i] = widths[i];
            if (statement[i]) {
                widths[i] = Math.max(widths[i], ArrowSpacing.widthFor(count[i]));
            }
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            if (target[i] != NONE) {
                incoming[target[i]][filled[target[i]]++] = i;
            }
        }
    }

    /** The number of visible nodes, statements and inferences. */
    public int size() {
        return ids.length;
    }

    public String id(int node) {
        return ids[node];
    }

    public boolean isStatement(int node) {
        return statement[node];
    }

    public double width(int node) {
        return widths[node];
    }

    /**
     * The box's width as measured, not widened for the arrows into it: for a layout that brings
     * several arrows in as one ({@link LeafStacks}) and widens the box for fewer.
     */
    public double measuredWidth(int node) {
        return measuredWidths[node];
    }

    public double height(int node) {
        return heights[node];
    }

    /** Whether the user placed this box, so the layout must keep it where it is. */
    public boolean isPlaced(int node) {
        return !Double.isNaN(placedX[node]);
    }

    /** The centre the user placed the box at; meaningful only when {@link #isPlaced(int)}. */
    public double placedX(int node) {
        return placedX[node];
    }

    public double placedY(int node) {
        return placedY[node];
    }

    /** For an inference, the node it bears on (a statement, or an inference it undercuts); -1 for a statement. */
    public int target(int node) {
        return target[node];
    }

    /** For an inference, how many visible premises it has. */
    public int premiseCount(int node) {
        return premises[node].length;
    }

    public int premise(int node, int k) {
        return premises[node][k];
    }

    /** How many inferences bear on this node. */
    public int incomingCount(int node) {
        return incoming[node].length;
    }

    /** The k-th inference into this node, in map order. */
    public int incoming(int node, int k) {
        return incoming[node][k];
    }

    /** For a statement, how many inferences it is a premise of. */
    public int feedCount(int node) {
        return feeds[node];
    }

    /**
     * Whether the map reads as a tree: no statement serves more than one inference. Undercuts and
     * linked premises keep a map a tree; a shared premise does not.
     */
    public boolean isTreeShaped() {
        return sharedPremiseCount() == 0;
    }

    /** How many statements serve more than one inference. */
    public int sharedPremiseCount() {
        return (int) Arrays.stream(feeds).filter(f -> f > 1).count();
    }
}
