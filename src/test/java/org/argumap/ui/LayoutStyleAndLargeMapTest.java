package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.MouseButton;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.edit.Selection;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Position;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing a layout style, and a large map laid out on a worker while the old layout stays usable. */
class LayoutStyleAndLargeMapTest extends CanvasTestBase {

    @Test
    void theLayoutStyleMenuSwitchesLayoutsAndKeepsOneChecked(FxRobot robot) {
        // The demo has a premise shared by two arguments, so Automatic chose the layered layout.
        assertEquals(LayoutStyle.AUTOMATIC, onFx(() -> canvas().layoutStyle()));
        assertEquals(List.of("Automatic"), checkedStyles(robot));
        Rect automatic = rectOf("s10");

        chooseStyle(robot, "Tree");
        awaitGlide();
        assertEquals(LayoutStyle.TREE, onFx(() -> canvas().layoutStyle()));
        assertNotEquals(automatic, rectOf("s10"), "the tree layout places boxes otherwise");
        assertEquals(List.of("Tree"), checkedStyles(robot));
        assertFalse(document().isDirty(), "a layout style is a view, not an edit");

        chooseStyle(robot, "Layered");
        awaitGlide();
        assertEquals(automatic, rectOf("s10"));
        assertEquals(List.of("Layered"), checkedStyles(robot));

        chooseStyle(robot, "Automatic");
        assertEquals("Automatic: Layered layout: 1 statement serves several arguments.",
                onFx(() -> robot.lookup(".status-bar").queryAs(StatusBar.class).getText()));
    }

    @Test
    void aLargeMapIsLaidOutOnAWorkerWhileTheOldLayoutStaysOnScreen(FxRobot robot) {
        ArgumentMap big = DebateMaps.debate(1000, 7);
        CommandHistory history = new CommandHistory();
        onFx(() -> {
            canvas().setLayoutStyle(LayoutStyle.LAYERED);
            canvas().show(big, history, new Selection());
        });
        awaitLayout();
        MapGeometry first = onFx(() -> canvas().geometry());
        assertFalse(first.isEmpty());

        Rect box = first.rectOf("s5");
        Position target = new Position(box.centreX() + 400, box.centreY() + 300);
        Object[] during = onFx(() -> {
            history.execute(new MoveBoxCommand(big, "s5", target));
            MapGeometry shown = canvas().geometry();
            String status = robot.lookup(".status-bar").queryAs(StatusBar.class).getText();
            return new Object[] {shown, canvas().layoutBusyProperty().get(), status};
        });
        assertSame(first, during[0], "until the new layout arrives, the old one is drawn and hit-tested");
        assertTrue((Boolean) during[1], "a layout is running");
        assertEquals("Laying out the map…", during[2]);

        awaitLayout();
        Rect moved = rectOf("s5");
        assertEquals(target.x(), moved.centreX(), 1e-6);
        assertEquals(target.y(), moved.centreY(), 1e-6);
    }

    /** View › Layout Style › style, with the mouse. */
    private void chooseStyle(FxRobot robot, String style) {
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Layout Style");
        WaitForAsyncUtils.waitForFxEvents();
        // The item of the submenu now showing: lookup by text alone also finds nodes of popups not shown.
        Node item = robot.lookup((Node n) -> n instanceof Labeled label
                && style.equals(label.getText()) && n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
        // Sideways first, into the submenu, as a user does: crossing the other items would close it.
        robot.moveTo(item, Motion.HORIZONTAL_FIRST);
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitLayout() {
        for (int i = 0; i < 1000 && onFx(() -> canvas().layoutBusyProperty().get()
                || canvas().geometry().isEmpty()); i++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        assertFalse(onFx(() -> canvas().layoutBusyProperty().get()), "the layout finished");
    }

    private List<String> checkedStyles(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return onFx(() -> {
            Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
            Menu styles = (Menu) view.getItems().stream().filter(i -> "Layout Style".equals(i.getText()))
                    .findFirst().orElseThrow();
            return styles.getItems().stream().map(CheckMenuItem.class::cast).filter(CheckMenuItem::isSelected)
                    .map(CheckMenuItem::getText).toList();
        });
    }
}
