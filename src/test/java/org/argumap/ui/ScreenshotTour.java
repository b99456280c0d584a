package org.argumap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.argumap.render.MapTheme;
import org.argumap.ui.dialog.FxFileDialogs;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.theme.MemoryPreferences;
import org.argumap.ui.theme.WindowTheme;

/**
 * Not a test: walks the real editor through the scenes the README shows and photographs the whole
 * virtual screen after each, so the screenshots in {@code assets/screenshots/} can be made again
 * after the window changes. Run it on a virtual display with ImageMagick's {@code import}:
 * <pre>
 * Xvfb :61 -screen 0 1400x900x24 &amp;
 * DISPLAY=:61 java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.argumap.ui.ScreenshotTour assets/screenshots
 * </pre>
 * The last scenes show the Dark and Projector themes. To look at every scene in another theme,
 * add {@code -Dargumap.tour.theme=dark} (or {@code high-contrast}, {@code projector}) and a target
 * other than the README's.
 */
public final class ScreenshotTour {
    private static Path target;

    private ScreenshotTour() {
    }

    /** A main class that is not itself an Application: the launcher then takes JavaFX from the class path. */
    public static void main(String[] args) {
        target = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Application.launch(Tour.class, args);
    }

    /** The editor, and a thread that drives it from scene to scene. */
    public static final class Tour extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, new FxFileDialogs(), new FxPrompts(), url -> { }, MemoryPreferences.themes());
        MapTheme.named(System.getProperty("argumap.tour.theme", "light")).flatMap(WindowTheme::of)
                .ifPresent(window.themes()::choose);
        stage.setX(0);
        stage.setY(0);
        window.show();
        window.open(null);
        Thread tour = new Thread(this::tour, "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour() {
        Map<String, Runnable> scenes = new LinkedHashMap<>();
        scenes.put("main-window", () -> {
            select("s2");
            window.canvas().navigation().fitMap();
        });
        scenes.put("inline-editing", () -> {
            select("s5");
            window.canvas().startEditing("s5", null);
            TextArea editor = window.canvas().editorTextArea();
            editor.appendText(" Both sides spy; the question is on whom.");
            editor.positionCaret(editor.getLength());
        });
        scenes.put("inspector", () -> {
            window.canvas().commitEditing();
            window.documents().document().history().undo();
            select("e1");
            window.inspectorSlot().setShown(true);
            field("#inspector-notes").ifPresent(Node::requestFocus);
        });
        scenes.put("outline", () -> {
            window.showOutline();
            select("s5");
        });
        scenes.put("search", () -> {
            window.canvas().requestFocus();
            field("#search-field").ifPresent(node -> {
                node.requestFocus();
                ((TextInputControl) node).setText("spy");
            });
        });
        scenes.put("evaluation", () -> {
            field("#search-field").ifPresent(node -> ((TextInputControl) node).clear());
            ((javafx.scene.control.CheckMenuItem) menuItem("Problems")).setSelected(true);
            select("s5");
            window.inspectorSlot().setShown(true);
            field("#evaluation-strip").ifPresent(window.inspector()::reveal);
            window.canvas().navigation().fitMap();
            window.canvas().requestFocus();
        });
        scenes.put("statistics", () -> {
            ((javafx.scene.control.CheckMenuItem) menuItem("Statistics")).setSelected(true);
            window.inspectorSlot().setShown(false);
            window.canvas().navigation().fitMap();
        });
        scenes.put("moderation", () -> {
            ((javafx.scene.control.CheckMenuItem) menuItem("Statistics")).setSelected(false);
            ((javafx.scene.control.CheckMenuItem) menuItem("Problems")).setSelected(false);
            openClassifiedThread();
            window.inspectorSlot().setShown(true);
            ((javafx.scene.control.CheckMenuItem) menuItem("Outline")).setSelected(false);
            // Close enough to read each comment's author, score and day under its words.
            var rect = window.canvas().geometry().rectOf(window.documents().document().selection().primary()
                    .orElseThrow());
            window.canvas().navigation().lookAt(rect.centreX() + 330, rect.centreY() - 40, 0.62);
            window.canvas().requestFocus();
        });
        scenes.put("theme-dark", () -> {
            window.open(null);
            window.inspectorSlot().setShown(true);
            ((javafx.scene.control.CheckMenuItem) menuItem("Statistics")).setSelected(false);
            ((javafx.scene.control.CheckMenuItem) menuItem("Problems")).setSelected(false);
            field("#search-field").ifPresent(node -> ((TextInputControl) node).clear());
            window.themes().choose(WindowTheme.DARK);
            window.showOutline();
            select("s5");
            window.canvas().navigation().fitMap();
            window.canvas().requestFocus();
        });
        scenes.put("theme-projector", () -> {
            window.themes().choose(WindowTheme.PROJECTOR);
            window.inspectorSlot().setShown(false);
            select("s5");
            window.canvas().navigation().fitMap();
        });
        try {
            Files.createDirectories(target);
            Thread.sleep(4000);
            for (Map.Entry<String, Runnable> scene : scenes.entrySet()) {
                onFx(scene.getValue());
                Thread.sleep(2500);
                shoot(target.resolve(scene.getKey() + ".png"));
            }
        } catch (IOException | InterruptedException e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    /**
     * A Lemmy thread of the test fixtures, classified as a moderator would leave it half-way: two
     * reasons, two objections, a rebuttal, one reply off-topic and the rest still waiting.
     */
    private void openClassifiedThread() {
        try {
            Path file = Path.of("src/test/resources/thread/cookies-thread.lemmy.json");
            org.argumap.model.ArgumentMap thread = org.argumap.io.thread.LemmyThreadFormat.READER
                    .read(Files.readAllBytes(file), file).map();
            window.documents().adopt(MapDocument.readOnlySource(thread, "cookies-thread"), "Imported thread");
            org.argumap.edit.CommandHistory history = window.documents().document().history();
            classify(thread, history, org.argumap.model.InferenceType.SUPPORT, "Yes. Third-party", "Same here");
            classify(thread, history, org.argumap.model.InferenceType.ATTACK, "Single sign-on", "Cookies are not");
            classify(thread, history, org.argumap.model.InferenceType.ATTACK, "Those flows moved");
            classify(thread, history, org.argumap.model.InferenceType.OFF_TOPIC, "Replying to the thread");
            thread.statements().stream().filter(s -> s.text().startsWith("Single sign-on")).findFirst()
                    .ifPresent(s -> select(s.id()));
        } catch (java.io.IOException | org.argumap.io.MapReadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void classify(org.argumap.model.ArgumentMap map, org.argumap.edit.CommandHistory history,
            org.argumap.model.InferenceType type, String... starts) {
        java.util.List<String> ids = map.statements().stream()
                .filter(s -> java.util.Arrays.stream(starts).anyMatch(s.text()::startsWith))
                .map(org.argumap.model.Statement::id).toList();
        org.argumap.edit.ClassifyReplies.command(map, ids, type).ifPresent(history::execute);
    }

    private void select(String id) {
        window.documents().document().selection().select(id);
        window.canvas().navigation().revealSelection();
    }

    private javafx.scene.control.MenuItem menuItem(String text) {
        return window.stage().getScene().getRoot().lookupAll(".menu-bar").stream()
                .map(javafx.scene.control.MenuBar.class::cast)
                .flatMap(bar -> bar.getMenus().stream()).flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private java.util.Optional<Node> field(String selector) {
        return java.util.Optional.ofNullable(window.stage().getScene().lookup(selector));
    }

    private static void onFx(Runnable step) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                step.run();
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.SECONDS);
    }

    private static void shoot(Path png) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("import", "-window", "root", "-crop", "1280x800+0+0", png.toString())
                .inheritIO().start();
        process.waitFor(30, TimeUnit.SECONDS);
        System.out.println("screenshot: " + png);
    }
    }
}
