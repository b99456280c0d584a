package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.argumap.model.DebateMaps;
import org.junit.jupiter.api.Test;

/** The index answers exactly what looking at every rectangle would, in drawing order. */
class SpatialIndexPropertiesTest {

    static List<String> bruteForceIn(Map<String, Rect> rects, Rect area) {
        List<String> hits = new ArrayList<>();
        rects.forEach((id, rect) -> {
            if (rect.intersects(area)) {
                hits.add(id);
            }
        });
        return hits;
    }

    static String bruteForceAt(Map<String, Rect> rects, double x, double y) {
        String top = null;
        for (Map.Entry<String, Rect> entry : rects.entrySet()) {
            if (entry.getValue().contains(x, y)) {
                top = entry.getKey();
            }
        }
        return top;
    }

    /**
     * Boxes of any size anywhere, a few far out and a few huge, overlapping freely; queries of
     * any size, from a point to far beyond everything.
     */
    @Property(tries = 300)
    void answersAsBruteForceDoes(@ForAll @IntRange(min = 0, max = 300) int count, @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, Rect> rects = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            double scale = random.nextInt(20) == 0 ? 1e7 : 3000;
            double size = random.nextInt(30) == 0 ? 50_000 : 300;
            rects.put("n" + i, new Rect((random.nextDouble() - 0.5) * scale, (random.nextDouble() - 0.5) * scale,
                    random.nextDouble() * size, random.nextDouble() * size));
        }
        SpatialIndex index = new SpatialIndex(rects);

        for (int q = 0; q < 20; q++) {
            double extent = Math.pow(10, random.nextInt(8));
            Rect area = new Rect((random.nextDouble() - 0.5) * 4000, (random.nextDouble() - 0.5) * 4000,
                    random.nextDouble() * extent, random.nextDouble() * extent);
            assertEquals(bruteForceIn(rects, area), index.idsIn(area), "in " + area);
            double x = (random.nextDouble() - 0.5) * 3200;
            double y = (random.nextDouble() - 0.5) * 3200;
            assertEquals(bruteForceAt(rects, x, y), index.idAt(x, y), "at " + x + ", " + y);
        }
    }

    /** A whole debate of 100,000 statements laid out as the canvas lays it out, queried as the canvas does. */
    @Test
    void answersAsBruteForceDoesOnAHundredThousandBoxes() {
        MapGeometry geometry = new TreeLayout().layout(DebateMaps.debate(100_000, 5), LayoutAssertions.SIZES);
        Map<String, Rect> rects = geometry.rects();
        SpatialIndex index = new SpatialIndex(rects);
        Rect bounds = geometry.bounds();
        Random random = new Random(9);
        for (int q = 0; q < 200; q++) {
            double zoom = q % 4 == 0 ? 0.05 : 1;
            double x = bounds.x() + random.nextDouble() * bounds.width();
            double y = bounds.y() + random.nextDouble() * bounds.height();
            Rect viewport = new Rect(x, y, 1920 / zoom, 1080 / zoom);
            assertEquals(bruteForceIn(rects, viewport), index.idsIn(viewport));
            Rect some = rects.get("s" + random.nextInt(100_000));
            double px = some.x() + random.nextDouble() * some.width();
            double py = some.y() + random.nextDouble() * some.height();
            assertEquals(bruteForceAt(rects, px, py), index.idAt(px, py));
        }
        assertEquals(rects.size(), index.idsIn(bounds).size());
    }
}
