package org.argumap.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The real editor ({@link Main}, as the jar starts it) with a person at the keyboard, for tests that
 * must kill the editor's process: an integration test starts this in a separate JVM and sends it
 * lines on standard input, each a thing a user does or looks at. Everything it does goes through
 * JavaFX's {@link Robot}, so keys and clicks travel the path a user's do (the focused window, its
 * key handlers, menus' accelerators); it never calls into the editor's classes. It only reads what
 * is on the screen: a window's title, a dialog's words.
 *
 * <p>Commands, one per line; each is answered by one line starting with {@value #REPLY}:
 * <ul>
 * <li>{@code window}: waits for the main window, answers its title;</li>
 * <li>{@code key NAME [shortcut] [shift]}: presses and releases a key ({@link KeyCode} name);</li>
 * <li>{@code type TEXT}: types letters, digits, spaces and full stops one key at a time;</li>
 * <li>{@code title}: the main window's title now;</li>
 * <li>{@code dialog}: waits for a dialog, answers its header and text on one line;</li>
 * <li>{@code click LABEL}: clicks the button so labelled in the dialog showing, with the mouse;</li>
 * <li>{@code focus}: whether the main window has the focus, and which control has it there;</li>
 * <li>{@code stack}: where the FX thread is, to explain a test that waited in vain.</li>
 * </ul>
 */
public final class KeyboardSession {
    /** What starts each answer, so that the editor's own output cannot be taken for one. */
    public static final String REPLY = "@@ ";
    /** Generous: a loaded machine may take most of a minute to start the editor. */
    private static final long WAIT_MILLIS = 120_000;

    private KeyboardSession() {
    }

    /** @param args the arguments for {@link Main}, such as {@code open MAP} */
    public static void main(String[] args) {
        PrintStream out = System.out;
        Thread commands = new Thread(() -> serve(out), "keyboard-session");
        commands.setDaemon(true);
        commands.start();
        Main.main(args);
    }

    private static void serve(PrintStream out) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String answer;
                try {
                    answer = run(line.strip());
                } catch (Exception | AssertionError e) {
                    answer = "error " + e;
                }
                out.println(REPLY + answer.replace('\n', '/'));
                out.flush();
            }
        } catch (IOException e) {
            out.println(REPLY + "error " + e);
        }
    }

    private static String run(String line) throws Exception {
        String[] words = line.split(" ", 2);
        String rest = words.length > 1 ? words[1] : "";
        return switch (words[0]) {
            case "window" -> waitFor(() -> mainWindow().map(Stage::getTitle));
            case "title" -> onFx(() -> mainWindow().map(Stage::getTitle).orElse("none"));
            case "key" -> key(rest);
            case "type" -> type(rest);
            case "dialog" -> waitFor(() -> dialog().map(pane -> pane.getHeaderText() + " | " + pane.getContentText()));
            case "click" -> click(rest);
            case "focus" -> onFx(() -> mainWindow().map(stage -> stage.isFocused() + " "
                    + stage.getScene().getFocusOwner()).orElse("none"));
            case "stack" -> fxStack();
            default -> "unknown command " + line;
        };
    }

    private static String key(String spec) throws Exception {
        String[] parts = spec.split(" ");
        KeyCode code = KeyCode.valueOf(parts[0]);
        boolean shortcut = false;
        boolean shift = false;
        for (int i = 1; i < parts.length; i++) {
            shortcut |= parts[i].equals("shortcut");
            shift |= parts[i].equals("shift");
        }
        press(code, shortcut, shift);
        return "ok";
    }

    private static String type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            press(codeOf(c), false, Character.isUpperCase(c));
        }
        return "ok";
    }

    private static KeyCode codeOf(char c) {
        if (c == ' ') {
            return KeyCode.SPACE;
        }
        if (c == '.') {
            return KeyCode.PERIOD;
        }
        if (Character.isDigit(c)) {
            return KeyCode.valueOf("DIGIT" + c);
        }
        if (Character.isLetter(c) && c < 128) {
            return KeyCode.valueOf(String.valueOf(c).toUpperCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("no key for " + c);
    }

    private static void press(KeyCode code, boolean shortcut, boolean shift) throws Exception {
        KeyCode modifier = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")
                ? KeyCode.COMMAND : KeyCode.CONTROL;
        onFx(() -> {
            Robot robot = new Robot();
            if (shortcut) {
                robot.keyPress(modifier);
            }
            if (shift) {
                robot.keyPress(KeyCode.SHIFT);
            }
            robot.keyPress(code);
            robot.keyRelease(code);
            if (shift) {
                robot.keyRelease(KeyCode.SHIFT);
            }
            if (shortcut) {
                robot.keyRelease(modifier);
            }
            return null;
        });
        settle();
    }

    private static String click(String label) throws Exception {
        Bounds bounds = waitForValue(() -> dialog().flatMap(pane -> pane.getButtonTypes().stream()
                .filter(type -> type.getText().equals(label)).findFirst()
                .map(pane::lookupButton).filter(Button.class::isInstance).map(KeyboardSession::screenBounds)));
        onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
            robot.mouseClick(MouseButton.PRIMARY);
            return null;
        });
        settle();
        return "ok";
    }

    private static String fxStack() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("JavaFX Application Thread")).findFirst()
                .map(e -> Stream.of(e.getValue()).map(StackTraceElement::toString)
                        .filter(frame -> frame.contains("argumap") || frame.contains("showAndWait"))
                        .collect(Collectors.joining(" < ")))
                .orElse("no FX thread");
    }

    private static Bounds screenBounds(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    /** The editor's window: the stage whose scene is not a dialog. */
    private static Optional<Stage> mainWindow() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance)
                .map(Stage.class::cast).filter(stage -> !(stage.getScene().getRoot() instanceof DialogPane))
                .findFirst();
    }

    private static Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot()).findFirst();
    }

    /** Lets the events the robot queued be handled: two turns of the FX thread and a little time. */
    private static void settle() throws Exception {
        Thread.sleep(15);
        onFx(() -> null);
        onFx(() -> null);
    }

    private static String waitFor(Supplier<Optional<String>> what) throws Exception {
        return waitForValue(what);
    }

    private static <T> T waitForValue(Supplier<Optional<T>> what) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < end) {
            if (Platform.isFxApplicationThread()) {
                throw new IllegalStateException("waiting on the FX thread");
            }
            Optional<T> found = isStarted() ? onFx(what::get) : Optional.empty();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not there after " + WAIT_MILLIS + " ms");
    }

    private static boolean isStarted() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static <T> T onFx(Supplier<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }
}
