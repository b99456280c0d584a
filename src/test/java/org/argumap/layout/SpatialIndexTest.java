package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {
    private final Map<String, Rect> rects = new LinkedHashMap<>();

    @Test
    void findsWhatIsInAnAreaInDrawingOrder() {
        rects.put("far", new Rect(5000, 5000, 100, 50));
        rects.put("a", new Rect(0, 0, 100, 50));
        rects.put("wide", new Rect(-2000, 10, 4000, 20));
        rects.put("b", new Rect(150, 0, 100, 50));
        SpatialIndex index = new SpatialIndex(rects);

        assertEquals(List.of("a", "wide", "b"), index.idsIn(new Rect(-10, -10, 300, 100)));
        assertEquals(List.of("wide"), index.idsIn(new Rect(-1900, 0, 10, 40)));
        assertEquals(List.of("far", "a", "wide", "b"), index.idsIn(new Rect(-1e6, -1e6, 2e6, 2e6)));
    }

    @Test
    void thePointHitsTheTopmostBox() {
        rects.put("under", new Rect(0, 0, 100, 100));
        rects.put("over", new Rect(50, 50, 100, 100));
        SpatialIndex index = new SpatialIndex(rects);

        assertEquals("over", index.idAt(75, 75));
        assertEquals("under", index.idAt(10, 10));
        assertNull(index.idAt(300, 300));
        assertEquals("over", index.idAt(-0.0 + 149, 149));
    }

    @Test
    void negativeCoordinatesWork() {
        rects.put("neg", new Rect(-700, -900, 50, 50));
        SpatialIndex index = new SpatialIndex(rects);
        assertEquals("neg", index.idAt(-680, -880));
        assertEquals(List.of("neg"), index.idsIn(new Rect(-800, -1000, 200, 200)));
    }
}
