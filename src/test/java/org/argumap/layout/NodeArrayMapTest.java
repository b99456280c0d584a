package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A layout's geometry answers by id as the hash maps it replaced did, in the layout's order. */
class NodeArrayMapTest {

    @Test
    void answersEveryIdLikeALinkedHashMapInTheSameOrder() {
        int n = 50_000;
        String[] ids = new String[n];
        Rect[] rects = new Rect[n];
        Map<String, Rect> expected = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            ids[k] = (k % 2 == 0 ? "s" : "i") + (n - k);
            rects[k] = new Rect(k, -k, 10, 20);
            expected.put(ids[k], rects[k]);
        }
        NodeArrayMap<Rect> map = new NodeArrayMap<>(new NodeArrayMap.Places(ids, n), rects);

        assertEquals(expected, map);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()), "in the layout's order");
        for (int k = 0; k < n; k++) {
            assertEquals(rects[k], map.get(new String(ids[k])), "found by an equal id, not only the same object");
        }
        assertNull(map.get("s0"));
        assertNull(map.get(42));
        assertFalse(map.containsKey("nothing"));
    }

    @Test
    void idsWithoutAValueAreNotInTheMap() {
        String[] ids = {"s1", "i1", "s2", "i2"};
        Point[] arrivals = {null, new Point(1, 2), null, new Point(3, 4)};
        NodeArrayMap<Point> map = new NodeArrayMap<>(new NodeArrayMap.Places(ids, 4), arrivals);

        assertEquals(2, map.size());
        assertNull(map.get("s1"));
        assertTrue(map.containsKey("i2"));
        List<String> visited = new ArrayList<>();
        map.forEach((id, point) -> visited.add(id));
        assertEquals(List.of("i1", "i2"), visited);
        assertEquals(Map.of("i1", new Point(1, 2), "i2", new Point(3, 4)), map);
    }

    @Test
    void anEmptyLayoutHasAnEmptyMap() {
        NodeArrayMap<Rect> map = new NodeArrayMap<>(new NodeArrayMap.Places(new String[0], 0), new Rect[0]);
        assertTrue(map.isEmpty());
        assertNull(map.get("s1"));
    }
}
