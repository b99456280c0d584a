package org.argumap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Answers "what is in this area" and "what is under this point" without looking at every box: a
 * static R-tree packed bottom-up, as in Flatbush. Boxes are sorted along a Hilbert curve, so
 * neighbours on the map are neighbours in the tree, and grouped sixteen to a node, level by level,
 * in flat arrays: no object per node, built in n log n, queried in log n plus the hits. Unlike a
 * grid it needs no cell size and stays fast whatever the spread of boxes (one box dragged far
 * away, one box as wide as the map). Rebuilt, not updated, when the layout changes.
 *
 * <p>Results keep the order the rectangles were given in, which is the drawing order, so the
 * topmost box under a point is the last one drawn there.
 */
public final class SpatialIndex {
    private static final int NODE_SIZE = 16;

    private final String[] ids;
    /** For an index built from an array ({@link #ofArray}), each item's position in it; else null. */
    private final int[] positions;
    private final int itemCount;
    /** Per node: the bounds of everything under it. Leaves first (items in Hilbert order), root last. */
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    /** For a leaf, the item's position in the given order; for an inner node, its first child. */
    private final int[] link;
    /** Where each level ends: levelEnds[0] = itemCount, the last is the node count. */
    private final int[] levelEnds;
    /**
     * Per inner node (at {@code node - itemCount}): where its group of children ends, so that a
     * search need not look up which level a group lies in.
     */
    private final int[] childrenEnd;

    /** Indexes the rectangles in the map's iteration order; null rectangles are left out. */
    public SpatialIndex(Map<String, Rect> rectsById) {
        this(Items.of(rectsById), null);
    }

    /**
     * Indexes {@code count} rectangles, none of them null, with their ids, both in drawing order:
     * for callers that gather them in arrays, which costs less than a map of 100,000 entries. The
     * index keeps the arrays; the caller must not change them.
     */
    public SpatialIndex(String[] ids, Rect[] rects, int count) {
        this(new Items(ids, rects, count), null);
    }

    /** The rectangles to index, the first {@code count} of the arrays, each with its id (or without ids, for {@link #ofArray}). */
    private record Items(String[] ids, Rect[] rects, int count) {
        static Items of(Map<String, Rect> rectsById) {
            String[] given = new String[rectsById.size()];
            Rect[] rects = new Rect[rectsById.size()];
            int count = 0;
            for (Map.Entry<String, Rect> entry : rectsById.entrySet()) {
                if (entry.getValue() != null) {
                    given[count] = entry.getKey();
                    rects[count++] = entry.getValue();
                }
            }
            return new Items(given, rects, count);
        }
    }

    /**
     * An index of the non-null rectangles of an array, answering with their positions in it
     * through {@link #forEachIn}: for a layout, which numbers its nodes and has no use for ids.
     */
    static SpatialIndex ofArray(Rect[] rects) {
        Rect[] given = new Rect[rects.length];
        int[] positions = new int[rects.length];
        int count = 0;
        for (int i = 0; i < rects.length; i++) {
            if (rects[i] != null) {
                positions[count] = i;
                given[count++] = rects[i];
            }
        }
        return new SpatialIndex(new Items(null, given, count), Arrays.copyOf(positions, count));
    }

    private SpatialIndex(Items items, int[] positions) {
        ids = items.ids();
        this.positions = positions;
        itemCount = items.count();
        levelEnds = levelEnds(itemCount);
        int nodes = levelEnds[levelEnds.length - 1];
        minX = new double[nodes];
        minY = new double[nodes];
        maxX = new double[nodes];
        maxY = new double[nodes];
        link = new int[nodes];
        childrenEnd = new int[nodes - itemCount];
        placeLeaves(items.rects());
        buildInnerLevels();
    }

    /**
     * @deprecated an R-tree needs no cell size; use {@link #SpatialIndex(Map)}. Kept so that
     *             callers written for the former grid compile.
     */
    @Deprecated(forRemoval = true)
    public SpatialIndex(Map<String, Rect> rectsById, double cellSize) {
        this(rectsById);
    }

    private static int[] levelEnds(int items) {
        List<Integer> ends = new ArrayList<>();
        int count = items;
        int total = items;
        ends.add(total);
        if (items > 0) {
            do {
                count = (count + NODE_SIZE - 1) / NODE_SIZE;
                total += count;
                ends.add(total);
            } while (count > 1);
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Leaves in Hilbert order of their centres; the key packs curve position and item index. */
    private void placeLeaves(Rect[] rects) {
        if (itemCount == 0) {
            return;
        }
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < itemCount; i++) {
            Rect rect = rects[i];
            left = Math.min(left, rect.centreX());
            top = Math.min(top, rect.centreY());
            right = Math.max(right, rect.centreX());
            bottom = Math.max(bottom, rect.centreY());
        }
        double scaleX = right > left ? 65535 / (right - left) : 0;
        double scaleY = bottom > top ? 65535 / (bottom - top) : 0;
        long[] keys = new long[itemCount];
        for (int i = 0; i < itemCount; i++) {
            Rect rect = rects[i];
            int hx = (int) ((rect.centreX() - left) * scaleX);
            int hy = (int) ((rect.centreY() - top) * scaleY);
            keys[i] = (Integer.toUnsignedLong(HilbertCurve.index(hx, hy)) << 31) | i;
        }
        Arrays.sort(keys);
        for (int leaf = 0; leaf < itemCount; leaf++) {
            int item = (int) (keys[leaf] & Integer.MAX_VALUE);
            Rect rect = rects[item];
            minX[leaf] = rect.x();
            minY[leaf] = rect.y();
            maxX[leaf] = rect.maxX();
            maxY[leaf] = rect.maxY();
            link[leaf] = item;
        }
    }

    private void buildInnerLevels() {
        for (int level = 0; level + 1 < levelEnds.length; level++) {
            int start = level == 0 ? 0 : levelEnds[level - 1];
            int parent = levelEnds[level];
            for (int first = start; first < levelEnds[level]; first += NODE_SIZE, parent++) {
                int end = Math.min(first + NODE_SIZE, levelEnds[level]);
                double x0 = Double.POSITIVE_INFINITY;
                double y0 = Double.POSITIVE_INFINITY;
                double x1 = Double.NEGATIVE_INFINITY;
                double y1 = Double.NEGATIVE_INFINITY;
                for (int child = first; child < end; child++) {
                    x0 = Math.min(x0, minX[child]);
                    y0 = Math.min(y0, minY[child]);
                    x1 = Math.max(x1, maxX[child]);
                    y1 = Math.max(y1, maxY[child]);
                }
                minX[parent] = x0;
                minY[parent] = y0;
                maxX[parent] = x1;
                maxY[parent] = y1;
                link[parent] = first;
                childrenEnd[parent - itemCount] = end;
            }
        }
    }

    /** Ids of the rectangles that touch the area (edges included), in the order they were given. */
    public List<String> idsIn(Rect area) {
        Hits hits = new Hits();
        search(area.x(), area.y(), area.maxX(), area.maxY(), hits);
        return hits.ids();
    }

    /**
     * Item numbers found by a search, put back in the given order: a few hundred (a viewport) are
     * sorted; many (a fitted map) are ordered through a bit set, linear instead of n log n.
     */
    private final class Hits implements IntConsumer {
        private int[] found = new int[64];
        private int count;

        @Override
        public void accept(int item) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = item;
        }

        List<String> ids() {
            List<String> result = new ArrayList<>(count);
            if (count < itemCount / 16) {
                Arrays.sort(found, 0, count);
                for (int k = 0; k < count; k++) {
                    result.add(ids[found[k]]);
                }
            } else {
                BitSet set = new BitSet(itemCount);
                for (int k = 0; k < count; k++) {
                    set.set(found[k]);
                }
                for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
                    result.add(ids[i]);
                }
            }
            return result;
        }
    }

    /**
     * For an index {@link #ofArray built from an array}: hands the array position of every
     * rectangle that touches the area (edges included) to {@code action}, in no particular order.
     */
    void forEachIn(double x0, double y0, double x1, double y1, IntConsumer action) {
        search(x0, y0, x1, y1, item -> action.accept(positions[item]));
    }

    /**
     * For an index {@link #ofArray built from an array}: whether some rectangle whose array
     * position passes {@code test} touches the area; stops at the first.
     */
    boolean anyIn(double x0, double y0, double x1, double y1, IntPredicate test) {
        return searchUntil(x0, y0, x1, y1, item -> test.test(positions[item]));
    }

    /** The id of the topmost (last given) rectangle containing the point, edges included, or null. */
    public String idAt(double x, double y) {
        int[] topmost = {-1};
        search(x, y, x, y, item -> topmost[0] = Math.max(topmost[0], item));
        return topmost[0] < 0 ? null : ids[topmost[0]];
    }

    private void search(double x0, double y0, double x1, double y1, IntConsumer hits) {
        searchUntil(x0, y0, x1, y1, item -> {
            hits.accept(item);
            return false;
        });
    }

    /**
     * Depth-first over the nodes whose bounds touch the query, with an explicit stack, handing
     * each item found to {@code hit} until it answers true; whether one did.
     */
    private boolean searchUntil(double x0, double y0, double x1, double y1, IntPredicate hit) {
        if (itemCount == 0) {
            return false;
        }
        // Each entry is an inner node whose children are still to be looked at; the root, above
        // the leaves even for one item, first.
        int[] stack = new int[64];
        int top = 0;
        int root = levelEnds[levelEnds.length - 1] - 1;
        if (minX[root] > x1 || maxX[root] < x0 || minY[root] > y1 || maxY[root] < y0) {
            return false;
        }
        stack[top++] = root;
        while (top > 0) {
            int parent = stack[--top];
            int end = childrenEnd[parent - itemCount];
            for (int node = link[parent]; node < end; node++) {
                if (minX[node] > x1 || maxX[node] < x0 || minY[node] > y1 || maxY[node] < y0) {
                    continue;
                }
                if (node < itemCount) {
                    if (hit.test(link[node])) {
                        return true;
                    }
                } else {
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = node;
                }
            }
        }
        return false;
    }

    public int size() {
        return itemCount;
    }
}
