package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import java.util.Objects;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.theme.MemoryPreferences;
import org.argumap.ui.theme.ThemePreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on the bundled demo map, with the real dialogs, except the file chooser,
 * which is scripted. Subclasses drive it through menus, the keyboard and the mouse as a user would.
 */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowTestBase {
    static final String DEMO_NAME = "apt31-thread.argumap.json";

    final ScriptedFileDialogs files = new ScriptedFileDialogs();
    /** The addresses the window asked the browser to open. */
    final List<String> browsed = new ArrayList<>();
    /** What the window remembers between runs, here in memory: the user's own preferences stay untouched. */
    final ThemePreference themePreference = MemoryPreferences.themes();
    MainWindow window;
    Stage stage;

    /** Here rather than in a {@code @Start} method, which TestFX looks for only in the test class itself. */
    @BeforeEach
    void openTheDemoInTheMainWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, files, new FxPrompts(), browsed::add, themePreference);
            window.show();
            window.open(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A dialog left open by a failed test would block every test after it. */
    @AfterEach
    void closeStrayDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != stage)
                .forEach(Window::hide));
    }

    String title() {
        return onFx(stage::getTitle);
    }

    MapDocument document() {
        return onFx(window.documents()::document);
    }

    ArgumentMap map() {
        return document().map();
    }

    /** Chooses Menu › Item with the mouse, as a user would. */
    void choose(FxRobot robot, String menu, String item) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(menu);
        WaitForAsyncUtils.waitForFxEvents();
        // Straight down first: a diagonal path to a wide item crosses the next menu's title and opens it.
        robot.clickOn(item, Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of a menu's items, from the menu bar itself rather than its popup. */
    List<String> menuItemTexts(FxRobot robot, String menu) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).filter(Objects::nonNull).toList());
    }

    /** The dialog now showing, such as an alert. */
    DialogPane dialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertNotNull(pane, "a dialog should be showing");
        return pane;
    }

    boolean dialogShowing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").tryQuery().isPresent();
    }

    Point2D screenCentreOf(String nodeId) {
        return onFx(() -> window.canvas().screenCentreOf(nodeId).orElseThrow());
    }

    static <T> T onFx(Callable<T> query) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(query));
    }

    static void onFx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
