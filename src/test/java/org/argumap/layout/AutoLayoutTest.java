package org.argumap.layout;

import static org.argumap.layout.LayoutAssertions.SIZES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {
    /** Records which layout ran, so the test sees the choice, not just its outcome. */
    private final List<String> ran = new ArrayList<>();
    private final MapLayout tree = input -> {
        ran.add("tree");
        return new TreeLayout().layout(input);
    };
    private final MapLayout layered = input -> {
        ran.add("layered");
        return new ElkLayeredLayout().layout(input);
    };

    private static ArgumentMap sharedPremise() {
        ArgumentMap map = new ArgumentMap();
        for (String id : List.of("a", "b", "shared")) {
            map.addStatement(id, StatementContent.claim(id));
        }
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("shared"), "a");
        map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of("shared"), "b");
        return map;
    }

    @Test
    void aTreeGetsTheTreeLayout() {
        AutoLayout auto = new AutoLayout(4000, tree, layered);
        LayoutInput input = LayoutInput.of(DebateMaps.debate(200, 1), SIZES);

        auto.layout(input);

        assertEquals(List.of("tree"), ran);
        assertEquals(LayoutStyle.TREE, auto.choose(input).style());
        assertEquals("Tree layout: every statement serves one argument.", auto.choose(input).reason());
    }

    @Test
    void aGraphGetsTheLayeredLayout() {
        AutoLayout auto = new AutoLayout(4000, tree, layered);
        LayoutInput input = LayoutInput.of(sharedPremise(), SIZES);

        MapGeometry g = auto.layout(input);

        assertEquals(List.of("layered"), ran);
        assertEquals(LayoutStyle.LAYERED, auto.choose(input).style());
        assertEquals("Layered layout: 1 statement serves several arguments.", auto.choose(input).reason());
        assertEquals(5, g.rects().size());
    }

    @Test
    void aGraphTooLargeForTheLayeredLayoutGetsTheTreeLayout() {
        AutoLayout auto = new AutoLayout(1000, tree, layered);
        LayoutInput input = LayoutInput.of(GraphMaps.debateWithSharedPremises(2000, 5, 1), SIZES);

        auto.layout(input);

        assertEquals(List.of("tree"), ran);
        AutoLayout.Choice choice = auto.choose(input);
        assertEquals(LayoutStyle.TREE, choice.style());
        assertTrue(choice.reason().startsWith("Tree layout: ") && choice.reason().contains("too many for the layered layout (at most 1,000)"),
                choice.reason());
    }

    @Test
    void aDebateWithAFewReusedClaimsGetsTheTreeLayoutWithCrossLinks() {
        AutoLayout auto = new AutoLayout(4000, tree, layered);
        LayoutInput input = LayoutInput.of(WideMaps.kialo(400, 5, 3), SIZES);

        auto.layout(input);

        assertEquals(List.of("tree"), ran);
        AutoLayout.Choice choice = auto.choose(input);
        assertEquals(LayoutStyle.TREE, choice.style());
        assertTrue(choice.reason().contains("cross links in a map of replies"), choice.reason());
    }

    @Test
    void aDebateWithReusedClaimsAndLinkedPremisesStillGetsTheLayeredLayout() {
        AutoLayout auto = new AutoLayout(4000, tree, layered);
        ArgumentMap map = WideMaps.kialo(400, 5, 3);
        List<String> ids = map.statements().stream().map(s -> s.id()).filter(id -> !id.equals("thesis")).limit(3).toList();
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(ids.get(0), ids.get(1)), ids.get(2));

        assertEquals(LayoutStyle.LAYERED, auto.choose(LayoutInput.of(map, SIZES)).style());
    }

    @Test
    void theStylesTheMenuOffers() {
        assertEquals(List.of("Automatic", "Tree", "Layered"), List.of(LayoutStyle.values()).stream().map(LayoutStyle::label).toList());
        assertTrue(LayoutStyle.AUTOMATIC.layout() instanceof AutoLayout);
        assertTrue(LayoutStyle.TREE.layout() instanceof TreeLayout);
        assertTrue(LayoutStyle.LAYERED.layout() instanceof ElkLayeredLayout);
    }
}
