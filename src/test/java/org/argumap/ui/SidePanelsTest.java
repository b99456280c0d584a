package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The outline at the left and the inspector at the right share the window with the map. */
class SidePanelsTest extends MainWindowTestBase {

    @Test
    void theOutlineAndTheInspectorSitEitherSideOfTheMapAndKeepTheirWidths(FxRobot robot) {
        assertTrue(onFx(() -> window.inspectorSlot().isShown()), "the inspector starts shown on a wide screen");
        choose(robot, "View", "Outline");
        Bounds outline = onScreen(window.outline());
        Bounds map = onScreen(window.canvas());
        Bounds inspector = onScreen(window.inspector());
        assertTrue(outline.getMaxX() <= map.getMinX() + 1 && map.getMaxX() <= inspector.getMinX() + 1,
                "outline | map | inspector: " + outline + " " + map + " " + inspector);
        assertTrue(outline.getWidth() > 250 && inspector.getWidth() > 250, "both panels have room to be read: "
                + outline.getWidth() + ", " + inspector.getWidth());

        choose(robot, "View", "Inspector");
        assertEquals(outline.getWidth(), onScreen(window.outline()).getWidth(), 4,
                "hiding the inspector leaves the outline as wide as it was");
        assertTrue(onScreen(window.canvas()).getWidth() > map.getWidth() + 150, "the map takes the room");

        choose(robot, "View", "Inspector");
        assertEquals(outline.getWidth(), onScreen(window.outline()).getWidth(), 4);
        assertEquals(inspector.getWidth(), onScreen(window.inspector()).getWidth(), 4,
                "the inspector comes back as wide as it was");
    }

    private static Bounds onScreen(Region region) {
        return onFx(() -> region.localToScreen(region.getLayoutBounds()));
    }
}
