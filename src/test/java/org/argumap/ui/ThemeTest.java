package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.argumap.render.MapPalette;
import org.argumap.ui.canvas.FxColours;
import org.argumap.ui.canvas.Minimap;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.help.MenuShortcuts;
import org.argumap.ui.help.Shortcut;
import org.argumap.ui.outline.OutlineEntry;
import org.argumap.ui.theme.MemoryPreferences;
import org.argumap.ui.theme.ThemeMenu;
import org.argumap.ui.theme.ThemePreference;
import org.argumap.ui.theme.WindowTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Theme: each theme restyles the window (AtlantaFX's stylesheet, for every control) and
 * repaints the map, its minimap, the outline's marks and the in-place editor in its palette; the
 * choice is remembered, and the next window wears it from the start.
 */
class ThemeTest extends CanvasTestBase {

    /** The stylesheet is the application's: the next test class starts in Light. */
    @AfterEach
    void backToLight() {
        onFx(() -> Application.setUserAgentStylesheet(WindowTheme.LIGHT.userAgentStylesheet()));
    }

    @Test
    void theViewMenuOffersTheWindowThemesAsRadioItemsWithoutShortcuts(FxRobot robot) {
        List<RadioMenuItem> items = themeItems(robot, window);

        assertEquals(List.of("Light", "Dark", "High Contrast", "Projector"),
                items.stream().map(RadioMenuItem::getText).toList());
        assertEquals(List.of(true, false, false, false), items.stream().map(RadioMenuItem::isSelected).toList());
        for (RadioMenuItem item : items) {
            assertNull(item.getAccelerator(), item.getText());
            assertSame(items.get(0).getToggleGroup(), item.getToggleGroup(), "one choice among them");
        }
        List<Shortcut> sheet = onFx(() -> MenuShortcuts.of(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()));
        assertTrue(sheet.contains(new Shortcut("View", "Theme › High Contrast", "")), "the shortcut sheet lists them");
    }

    @Test
    void eachThemeChosenFromTheMenuRestylesTheWindowAndRepaintsTheMap(FxRobot robot) {
        for (WindowTheme theme : List.of(WindowTheme.DARK, WindowTheme.HIGH_CONTRAST, WindowTheme.PROJECTOR,
                WindowTheme.LIGHT)) {
            chooseTheme(robot, theme);

            assertEquals(theme, onFx(() -> window.themes().theme()));
            assertEquals(theme.mapTheme(), onFx(() -> window.themes().mapThemeProperty().getValue()),
                    "what exports ask for");
            assertSame(theme.mapTheme().palette(), onFx(() -> canvas().palette()));
            assertEquals(theme.userAgentStylesheet(), onFx(Application::getUserAgentStylesheet));
            assertEquals(List.of(theme), themeItems(robot, window).stream().filter(RadioMenuItem::isSelected)
                    .map(item -> (WindowTheme) item.getUserData()).toList());

            Color ground = onFx(() -> (Color) ((Region) stage.getScene().getRoot()).getBackground().getFills().get(0)
                    .getFill());
            assertEquals(theme == WindowTheme.DARK, ground.getBrightness() < 0.2, theme + ": window ground " + ground);
            Label counts = robot.lookup("#status-counts").queryAs(Label.class);
            assertEquals(theme == WindowTheme.PROJECTOR ? 20 : 14, onFx(() -> counts.getFont().getSize()), 0.01,
                    theme + ": type 1.4 times as large for a projector");
            if (theme == WindowTheme.HIGH_CONTRAST) {
                assertEquals(Color.BLACK, onFx(counts::getTextFill), "black on white");
            }
            assertEquals(0, distance(groundOfTheMap(), FxColours.of(theme.mapTheme().palette().background())), 0.02,
                    theme + ": the map's ground is the palette's");
        }
    }

    @Test
    void inTheDarkThemeTheMinimapTheOutlineAndTheEditorAreDarkToo(FxRobot robot) {
        chooseTheme(robot, WindowTheme.DARK);

        assertTrue(groundOfTheMap().getBrightness() < 0.15, "the map's ground: " + groundOfTheMap());

        Minimap minimap = canvas().minimap();
        onFx(() -> {
            for (int i = 0; i < 5; i++) {
                canvas().navigation().zoomIn();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(minimap::isVisible), "zoomed in, the minimap shows");
        Color panel = onFx(() -> {
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            return minimap.snapshot(transparent, null).getPixelReader().getColor(3, (int) (minimap.getHeight() / 2));
        });
        assertTrue(panel.getBrightness() < 0.25, "the minimap's panel is a dark card, not white: " + panel);

        onFx(window::showOutline);
        FontIcon mark = onFx(() -> {
            window.outline().flush();
            return outlineLineOf("s2").map(cell -> (FontIcon) cell.getGraphic().lookup(".outline-mark")).orElseThrow();
        });
        Color ink = FxColours.of(MapPalette.DARK.of(map(), map().statement("s2")).ink());
        assertEquals(0, distance(ink, onFx(() -> (Color) mark.getIconColor())), 0.01,
                "the outline marks a line in the dark palette's ink");
        assertEquals("Material Design Icons", onFx(() -> mark.getFont().getFamily()), "in the icons' font");

        onFx(() -> canvas().startEditing("s2", null));
        Color words = onFx(() -> (Color) canvas().editorTextArea().lookupAll(".text").stream()
                .filter(Text.class::isInstance).map(Text.class::cast)
                .filter(text -> text.getText().equals(map().statement("s2").text()))
                .findFirst().orElseThrow().getFill());
        assertEquals(0, distance(words, FxColours.of(MapPalette.DARK.text())), 0.02,
                "the words typed in place are light, as the box draws them: " + words);
        onFx(() -> canvas().cancelEditing());
    }

    @Test
    void aPresentationInTheProjectorThemeIsDrawnInItsPalette(FxRobot robot) throws Exception {
        chooseTheme(robot, WindowTheme.PROJECTOR);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.presentation().isPresenting()));
        assertEquals(MapPalette.PROJECTOR, onFx(() -> window.presentation().canvas().palette()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFx(() -> window.presentation().isPresenting()));
        chooseTheme(robot, WindowTheme.DARK);
        assertEquals(MapPalette.DARK, onFx(() -> window.presentation().canvas().palette()), "it follows a later change");
    }

    @Test
    void theChoiceIsRememberedAndTheNextWindowWearsIt(FxRobot robot) {
        chooseTheme(robot, WindowTheme.PROJECTOR);
        assertEquals(WindowTheme.PROJECTOR, themePreference.load());

        MainWindow next = openAnotherWindow(themePreference);
        assertEquals(WindowTheme.PROJECTOR, onFx(() -> next.themes().theme()));
        assertSame(MapPalette.PROJECTOR, onFx(() -> next.canvas().palette()));
        assertTrue(onFx(() -> themeItems(robot, next).get(3).isSelected()), "its menu says so");
        onFx(() -> next.stage().close());

        MainWindow firstRun = openAnotherWindow(MemoryPreferences.themes());
        assertEquals(WindowTheme.LIGHT, onFx(() -> firstRun.themes().theme()), "nothing remembered: Light");
        onFx(() -> firstRun.stage().close());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** View › Theme › the theme, with the mouse: the submenu opens to the right of its item. */
    private void chooseTheme(FxRobot robot, WindowTheme theme) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(ThemeMenu.TEXT, Motion.VERTICAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(theme.label(), Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<RadioMenuItem> themeItems(FxRobot robot, MainWindow owner) {
        return onFx(() -> {
            MenuBar bar = (MenuBar) owner.stage().getScene().getRoot().lookup(".menu-bar");
            ThemeMenu menu = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(ThemeMenu.class::isInstance).map(ThemeMenu.class::cast).findFirst().orElseThrow();
            return menu.getItems().stream().map(RadioMenuItem.class::cast).toList();
        });
    }

    private MainWindow openAnotherWindow(ThemePreference preference) {
        return onFx(() -> {
            MainWindow another = new MainWindow(new Stage(), files, new FxPrompts(), browsed::add, preference);
            another.show();
            another.open(null);
            return another;
        });
    }

    /** A pixel of the map's ground: the canvas's top left corner, where no box is. */
    private Color groundOfTheMap() {
        return onFx(() -> {
            Canvas pixels = (Canvas) canvas().getChildrenUnmodifiable().get(0);
            return pixels.snapshot(null, null).getPixelReader().getColor(4, 4);
        });
    }

    @SuppressWarnings("unchecked")
    private Optional<TreeCell<OutlineEntry>> outlineLineOf(String statementId) {
        Parent tree = window.outline().tree();
        tree.layout();
        return tree.lookupAll(".outline-cell").stream().map(node -> (TreeCell<OutlineEntry>) node)
                .filter(cell -> cell.getItem() != null && cell.getItem().kind() == OutlineEntry.Kind.STATEMENT
                        && statementId.equals(cell.getItem().statementId()))
                .findFirst();
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
