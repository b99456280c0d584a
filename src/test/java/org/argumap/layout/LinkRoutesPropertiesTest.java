package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * On tree-shaped maps of any size and mix of box sizes: arrows into one side of a box land
 * {@link ArrowSpacing#MIN_GAP} apart or more, and no routed line, nor a bracket over linked
 * premises, passes through a box that is not the link's own. Undercuts and linked premises
 * included, as {@link DebateMaps} makes them; links gathered on the spine of stacked leaves
 * ({@link LeafStacks}) land as one arrow.
 */
class LinkRoutesPropertiesTest {
    private static final double TOLERANCE = 0.5;

    @Property(tries = 80)
    void arrowsLandApartAndNoLinePassesThroughAnotherBox(@ForAll @IntRange(min = 2, max = 150) int size,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int widthSpread) {
        ArgumentMap map = DebateMaps.debate(size, seed);
        BoxSizes sizes = node -> node instanceof Statement
                ? new Size(120 + Math.floorMod(node.id().hashCode() * 31 + (int) seed, widthSpread),
                        50 + Math.floorMod(node.id().hashCode(), 160))
                : node instanceof Inference i && i.isLinked() ? new Size(24, 24) : new Size(20, 20);

        MapGeometry g = new TreeLayout().layout(map, sizes);

        assertArrivalsApart(map, g);
        assertNoLinePassesThroughAnotherBox(map, g);
    }

    static void assertArrivalsApart(ArgumentMap map, MapGeometry g) {
        Map<String, List<Double>> landings = new TreeMap<>();
        for (Inference inference : map.inferences()) {
            Point arrival = g.arrivalOf(inference.id());
            if (arrival != null && inference.target() instanceof Statement target) {
                landings.computeIfAbsent(target.id() + "@" + arrival.y(), k -> new ArrayList<>()).add(arrival.x());
            }
        }
        landings.forEach((edge, xs) -> {
            // The links of stacked leaves share one arrow into their parent (LeafStacks): one landing.
            List<Double> sorted = xs.stream().distinct().sorted().toList();
            for (int k = 1; k < sorted.size(); k++) {
                assertTrue(sorted.get(k) - sorted.get(k - 1) >= ArrowSpacing.MIN_GAP - 1e-6, edge + ": " + sorted);
            }
        });
    }

    static void assertNoLinePassesThroughAnotherBox(ArgumentMap map, MapGeometry g) {
        assertNoLinePassesThroughAnotherBox(map, g, inference -> true);
    }

    /** As above, for the links that {@code checked} picks. */
    static void assertNoLinePassesThroughAnotherBox(ArgumentMap map, MapGeometry g,
                                                    java.util.function.Predicate<Inference> checked) {
        Map<String, Rect> boxes = LayoutAssertions.statementRects(map, g);
        for (Inference inference : map.inferences()) {
            LinkRoute route = g.routeOf(inference.id());
            if (route == null || !checked.test(inference)) {
                continue;
            }
            Set<String> own = new HashSet<>();
            inference.premises().forEach(p -> own.add(p.id()));
            if (inference.target() instanceof Statement target) {
                own.add(target.id());
            }
            List<double[]> lines = new ArrayList<>();
            for (Route piece : new Route[] {route.feed(), route.arrow()}) {
                if (piece != null) {
                    lines.add(xy(piece));
                }
            }
            lines.addAll(bracket(inference, g));
            for (double[] line : lines) {
                boxes.forEach((id, box) -> assertFalse(!own.contains(id) && Crossings.crosses(line, box, TOLERANCE),
                        "a line of " + inference.id() + " passes through " + id + ": " + route));
            }
        }
    }

    /** The bracket over linked premises as the painter draws it: a tick up from each, a bar across. */
    private static List<double[]> bracket(Inference inference, MapGeometry g) {
        List<double[]> lines = new ArrayList<>();
        if (inference.premises().size() < 2) {
            return lines;
        }
        double top = Double.POSITIVE_INFINITY;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (Statement premise : inference.premises()) {
            Rect rect = g.rectOf(premise.id());
            top = Math.min(top, rect.y());
            left = Math.min(left, rect.centreX());
            right = Math.max(right, rect.centreX());
        }
        double bar = top - LinkRoute.BRACKET_GAP;
        for (Statement premise : inference.premises()) {
            Rect rect = g.rectOf(premise.id());
            lines.add(new double[] {rect.centreX(), rect.y(), rect.centreX(), bar});
        }
        lines.add(new double[] {left, bar, right, bar});
        return lines;
    }

    private static double[] xy(Route route) {
        double[] xy = new double[2 * route.size()];
        for (int k = 0; k < route.size(); k++) {
            xy[2 * k] = route.x(k);
            xy[2 * k + 1] = route.y(k);
        }
        return xy;
    }
}
