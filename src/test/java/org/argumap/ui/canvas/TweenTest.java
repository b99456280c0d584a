package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class TweenTest {
    private final ArgumentMap map = new ArgumentMap();

    TweenTest() {
        map.addStatement("top", StatementContent.claim("top"));
        map.addStatement("kid", StatementContent.claim("kid"));
        map.addInference("i", InferenceContent.of(InferenceType.SUPPORT), List.of("kid"), "top");
    }

    @Test
    void boxesGlideFromTheirOldToTheirNewPlace() {
        MapGeometry from = new MapGeometry(Map.of("top", new Rect(0, 0, 100, 50)), Map.of());
        MapGeometry to = new MapGeometry(Map.of("top", new Rect(200, 100, 100, 50)), Map.of());
        Tween tween = new Tween(map, from, to);
        tween.setProgress(0.25);
        assertEquals(new Rect(50, 25, 100, 50), tween.rectOf("top"));
        assertEquals(List.of("top"), tween.statementsIn(new Rect(0, 0, 1000, 1000)));
        assertTrue(tween.statementsIn(new Rect(500, 500, 10, 10)).isEmpty());
    }

    @Test
    void anExpandedBranchGrowsOutOfItsParentAndACollapsedOneSlidesIntoIt() {
        Rect top = new Rect(0, 0, 100, 50);
        Rect kid = new Rect(0, 200, 100, 50);
        MapGeometry collapsed = new MapGeometry(Map.of("top", top), Map.of());
        MapGeometry expanded = new MapGeometry(Map.of("top", top, "kid", kid, "i", new Rect(40, 120, 20, 20)),
                Map.of("i", new Point(50, 50)));

        Tween expanding = new Tween(map, collapsed, expanded);
        expanding.setProgress(0);
        assertEquals(top.centreY(), expanding.rectOf("kid").centreY(), 1e-9, "starts behind its parent");
        expanding.setProgress(1);
        assertEquals(kid, expanding.rectOf("kid"));

        Tween collapsing = new Tween(map, expanded, collapsed);
        collapsing.setProgress(1);
        assertEquals(top.centreY(), collapsing.rectOf("kid").centreY(), 1e-9, "ends behind its parent");
        assertEquals(new Point(50, 50), collapsing.arrivalOf("i"));
    }

    @Test
    void aRemovedBoxIsGoneAtOnce() {
        MapGeometry from = new MapGeometry(Map.of("ghost", new Rect(0, 0, 10, 10)), Map.of());
        Tween tween = new Tween(map, from, MapGeometry.EMPTY);
        assertNull(tween.rectOf("ghost"));
        assertTrue(tween.statementsIn(new Rect(-100, -100, 1000, 1000)).isEmpty());
    }

    @Test
    void easingStartsAndEndsSlowly() {
        assertEquals(0, LayoutAnimator.ease(0), 1e-12);
        assertEquals(0.5, LayoutAnimator.ease(0.5), 1e-12);
        assertEquals(1, LayoutAnimator.ease(1), 1e-12);
        assertTrue(LayoutAnimator.ease(0.1) < 0.1 && LayoutAnimator.ease(0.9) > 0.9);
    }
}
