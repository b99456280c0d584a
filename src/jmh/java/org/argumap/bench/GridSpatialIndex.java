package org.argumap.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.layout.Rect;

/**
 * The uniform grid that served as the spatial index before the packed R-tree (decision 5), kept
 * here only as the benchmarks' baseline. It hangs on a box spanning millions of cells.
 *
 * <p>Formerly: answers "what is in this area" and "what is under this point" without looking at every box: a
 * uniform grid of buckets over map coordinates. Results keep the order the rectangles were given
 * in, which is the drawing order, so the last hit under a point is the box drawn on top.
 */
public final class GridSpatialIndex {
    private final double cellSize;
    private final List<String> ids = new ArrayList<>();
    private final List<Rect> rects = new ArrayList<>();
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    /** @param cellSize a few boxes wide: smaller cells cost memory, larger ones cost tests */
    public GridSpatialIndex(Map<String, Rect> rectsById, double cellSize) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("cell size must be positive");
        }
        this.cellSize = cellSize;
        rectsById.forEach((id, rect) -> {
            if (rect != null) {
                insert(id, rect);
            }
        });
    }

    private void insert(String id, Rect rect) {
        int index = ids.size();
        ids.add(id);
        rects.add(rect);
        for (long cx = cell(rect.x()); cx <= cell(rect.maxX()); cx++) {
            for (long cy = cell(rect.y()); cy <= cell(rect.maxY()); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(index);
            }
        }
    }

    /** Ids of the rectangles that touch the area, in the order they were given. */
    public List<String> idsIn(Rect area) {
        BitSet hits = new BitSet(ids.size());
        double cellsCovered = (cell(area.maxX()) - cell(area.x()) + 1.0) * (cell(area.maxY()) - cell(area.y()) + 1.0);
        if (cellsCovered > ids.size()) {
            // Zoomed far out: visiting the buckets would cost more than testing every box.
            for (int i = 0; i < ids.size(); i++) {
                if (rects.get(i).intersects(area)) {
                    hits.set(i);
                }
            }
            return collect(hits);
        }
        for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                List<Integer> bucket = cells.get(key(cx, cy));
                if (bucket != null) {
                    for (int index : bucket) {
                        if (!hits.get(index) && rects.get(index).intersects(area)) {
                            hits.set(index);
                        }
                    }
                }
            }
        }
        return collect(hits);
    }

    private List<String> collect(BitSet hits) {
        List<String> result = new ArrayList<>(hits.cardinality());
        hits.stream().forEach(i -> result.add(ids.get(i)));
        return result;
    }

    /** The id of the topmost rectangle containing the point, or null. */
    public String idAt(double x, double y) {
        List<Integer> bucket = cells.get(key(cell(x), cell(y)));
        if (bucket == null) {
            return null;
        }
        for (int i = bucket.size() - 1; i >= 0; i--) {
            int index = bucket.get(i);
            if (rects.get(index).contains(x, y)) {
                return ids.get(index);
            }
        }
        return null;
    }

    public int size() {
        return ids.size();
    }

    private long cell(double coordinate) {
        return (long) Math.floor(coordinate / cellSize);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
