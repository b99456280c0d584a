package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.layout.Collapsing;
import org.argumap.layout.LayoutInput;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Statement;

/**
 * A {@link LaidOutMap} built on the layout worker from the layout's input answers every query as
 * the one built from the map on the FX thread did: the same boxes and lines in every area, in the
 * same order, and the same box under every point, with random branches collapsed.
 */
class LaidOutMapProperties {

    @Property(tries = 150)
    void fromTheInputAsFromTheMap(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        Random random = new Random(seed);
        Set<String> collapsed = new HashSet<>();
        for (Statement statement : map.statements()) {
            if (random.nextInt(5) == 0) {
                collapsed.add(statement.id());
            }
        }
        LayoutInput input = LayoutInput.of(map, node -> new org.argumap.layout.Size(
                40 + Math.floorMod(node.id().hashCode(), 90), 30 + Math.floorMod(node.id().hashCode(), 40)),
                Collapsing.of(map, collapsed));
        LayoutStyle style = random.nextBoolean() ? LayoutStyle.TREE : LayoutStyle.AUTOMATIC;
        MapGeometry geometry = style.layout().layout(input);
        LaidOutMap fromMap = new LaidOutMap(map, geometry);
        LaidOutMap fromInput = new LaidOutMap(input, geometry);
        Rect all = bounds(geometry);
        assertEquals(fromMap.statementsIn(all), fromInput.statementsIn(all));
        assertEquals(fromMap.inferencesIn(all), fromInput.inferencesIn(all));
        for (int k = 0; k < 40; k++) {
            double x = all.x() + random.nextDouble() * all.width();
            double y = all.y() + random.nextDouble() * all.height();
            Rect area = new Rect(x, y, random.nextDouble() * all.width() / 3, random.nextDouble() * all.height() / 3);
            assertEquals(fromMap.statementsIn(area), fromInput.statementsIn(area), area.toString());
            assertEquals(fromMap.inferencesIn(area), fromInput.inferencesIn(area), area.toString());
            assertEquals(fromMap.statementAt(x, y), fromInput.statementAt(x, y));
        }
    }

    private static Rect bounds(MapGeometry geometry) {
        List<Rect> rects = List.copyOf(geometry.rects().values());
        Rect all = rects.isEmpty() ? new Rect(0, 0, 1, 1) : rects.get(0);
        for (Rect rect : rects) {
            all = all.union(rect);
        }
        return new Rect(all.x() - 50, all.y() - 50, all.width() + 100, all.height() + 100);
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }
}
