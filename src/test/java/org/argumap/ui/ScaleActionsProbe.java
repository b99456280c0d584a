package org.argumap.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.argumap.edit.AddChildCommand;
import org.argumap.edit.EditTextCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.ui.dialog.FxFileDialogs;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.theme.MemoryPreferences;

/**
 * Not a test: opens a generated debate of 100,000 statements in the real main window and times
 * each user action as the FX thread feels it, for {@code performance.md}. Two figures per action:
 * how long the call itself took on the FX thread, and the longest the FX thread was blocked from
 * the action until things settled (what the action left for the next pulses: the outline, the
 * canvas, the evaluation). The second is what a user feels as a stutter; under 100 ms is the goal.
 * Each action runs several times; the median and the worst are printed.
 * <pre>
 * mvn -o -q test-compile &amp;&amp; java -Xmx4g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   -cp "target/test-classes:target/classes:$(cat cp.txt)" org.argumap.ui.ScaleActionsProbe [statements] [repeats]
 * </pre>
 */
public final class ScaleActionsProbe {
    private static int statements = 100_000;
    private static int repeats = 5;

    private ScaleActionsProbe() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("parts")) {
            parts(args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : statements);
            return;
        }
        if (args.length > 0) {
            statements = Integer.parseInt(args[0].replace("_", ""));
        }
        if (args.length > 1) {
            repeats = Integer.parseInt(args[1]);
        }
        Application.launch(Probe.class, args);
    }

    /**
     * The work that this issue took off the FX thread, timed alone on a quiet thread (the whole
     * window's figures are swamped by the canvas's layout while the machine is loaded): what each
     * edit of a large map, each selection and each opening used to cost the FX thread.
     */
    private static void parts(int size) {
        ArgumentMap map = DebateMaps.debate(size, 42);
        Map<String, Callable<Object>> parts = new LinkedHashMap<>();
        parts.put("copy of the map for the evaluation (was on the FX thread after each edit)",
                () -> org.argumap.ui.analysis.MapCopy.of(map));
        parts.put("evaluation of the map (was on the FX thread when a map opened)",
                () -> org.argumap.analysis.evaluation.Evaluator.evaluate(map));
        parts.put("count of replies left (was on the FX thread at each selection)",
                () -> org.argumap.ui.exchange.ReplyQueue.count(map));
        // What each change still costs the FX thread (issue 13's second round).
        var measurer = new org.argumap.render.BoxMeasurer(new org.argumap.render.AwtTextMeasure());
        parts.put("collapse a branch: what it hides (Collapsing.of)",
                () -> org.argumap.layout.Collapsing.of(map, java.util.Set.of("s3")));
        parts.put("layout input after a change, boxes measured before (LayoutInput.of)",
                () -> org.argumap.layout.LayoutInput.of(map, measurer,
                        org.argumap.layout.Collapsing.of(map, java.util.Set.of("s3"))));
        parts.put("main claims (ArgumentMap.mainClaims)", map::mainClaims);
        String leaf = map.statements().get(map.statements().size() - 1).id();
        parts.put("delete a box and undo it (DeletionPlan.of, remove, restore)", () -> {
            var plan = org.argumap.edit.DeletionPlan.of(map, java.util.List.of(leaf));
            map.restore(map.remove(plan.nodeIds()));
            return plan;
        });
        System.out.printf("%,d statements; ms, median of 7 after 3 warm-up runs%n", size);
        parts.forEach((name, part) -> {
            long[] runs = new long[10];
            try {
                for (int i = 0; i < runs.length; i++) {
                    long start = System.nanoTime();
                    part.call();
                    runs[i] = System.nanoTime() - start;
                }
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
            long[] kept = java.util.Arrays.copyOfRange(runs, 3, runs.length);
            java.util.Arrays.sort(kept);
            System.out.printf("| %s | %.1f |%n", name, kept[kept.length / 2] / 1e6);
        });
    }

    /** The editor, and a thread that acts on it and times each action. */
    public static final class Probe extends Application {
        private MainWindow window;
        private final Map<String, List<long[]>> figures = new LinkedHashMap<>();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "fx-stall-sampler");
            thread.setDaemon(true);
            return thread;
        });
        /** The longest a sample waited for the FX thread since the last reset, in nanoseconds. */
        private final AtomicLong worstWait = new AtomicLong();

        @Override
        public void start(Stage stage) {
            window = new MainWindow(stage, new FxFileDialogs(), new FxPrompts(), url -> { }, MemoryPreferences.themes());
            window.show();
            window.open(null);
            sampler.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> worstWait.accumulateAndGet(System.nanoTime() - posted, Math::max));
            }, 2, 2, TimeUnit.MILLISECONDS);
            Thread driver = new Thread(this::drive, "scale-probe");
            driver.setDaemon(true);
            driver.start();
        }

        private void drive() {
            try {
                settle(1500);
                ArgumentMap big = DebateMaps.debate(statements, 42);
                time("open map (adopt, for reference)", () -> window.documents()
                        .adopt(MapDocument.readOnlySource(big, "debate"), "probe"), 1);
                settle(3000);
                for (int r = 0; r < repeats; r++) {
                    int k = r;
                    String id = "s" + (statements / 2 + 17 * k);
                    time("select a box (selection.select)", () -> document().selection().select(id));
                    time("select and reveal (click-like)", () -> {
                        document().selection().select("s" + (statements / 3 + k));
                        window.canvas().navigation().revealSelection();
                    });
                    fx(() -> window.canvas().requestFocus());
                    time("arrow key Down on the map", () -> key(window.canvas(), KeyCode.DOWN));
                    time("arrow key Right on the map", () -> key(window.canvas(), KeyCode.RIGHT));
                    time("collapse a branch (Space)", () -> window.canvas().folding().toggle("s" + (3 + k)));
                    time("expand it again (Space)", () -> window.canvas().folding().toggle("s" + (3 + k)));
                    time("add a box (Add Reason)", () -> document().history().execute(
                            AddChildCommand.reason(document().map(), id, "A new reason " + k)));
                    time("edit a text (Edit Text)", () -> document().history().execute(
                            new EditTextCommand(document().map(), id, "Edited words " + k)));
                    String added = fx(() -> {
                        var children = org.argumap.edit.MapStructure.children(document().map(),
                                document().map().statement(id));
                        return children.get(children.size() - 1).id();
                    });
                    time("delete a box (Delete key)", () -> {
                        document().selection().select(added);
                        key(window.canvas(), KeyCode.DELETE);
                    });
                    time("undo", () -> window.documents().undo());
                    time("redo", () -> window.documents().redo());
                    time("undo again", () -> window.documents().undo());
                    // A search: typed letter by letter, then stepping through the matches.
                    TextField field = fx(() -> (TextField) window.stage().getScene().lookup("#search-field"));
                    String word = k % 2 == 0 ? "taxes" : "evidence";
                    for (int c = 1; c <= word.length(); c++) {
                        String typed = word.substring(0, c);
                        time("search: type a letter", () -> field.setText(typed));
                    }
                    time("search: next match (F3)", () -> searchBar().findNext());
                    time("search: next match (F3)", () -> searchBar().findNext());
                    time("search: clear", () -> field.setText(""));
                    // The outline: shown, stepped through, scrolled, hidden.
                    time("outline: show", () -> window.showOutline());
                    TreeView<?> tree = fx(() -> window.outline().tree());
                    fx(tree::requestFocus);
                    time("outline: arrow key Down", () -> key(tree, KeyCode.DOWN));
                    time("outline: select a line far down", () -> tree.getSelectionModel().select(tree.getExpandedItemCount() / 2));
                    time("outline: scroll to the end", () -> tree.scrollTo(tree.getExpandedItemCount() - 1));
                    time("outline: collapse a line (Left)", () -> key(tree, KeyCode.LEFT));
                    time("outline: add a box while shown", () -> document().history().execute(
                            AddChildCommand.reason(document().map(), "s" + (11 + k), "Outline reason " + k)));
                    time("outline: undo while shown", () -> window.documents().undo());
                    time("outline: hide", () -> window.showOutline());
                    fx(() -> window.canvas().requestFocus());
                }
                long arrive = evaluationLatency();
                print();
                System.out.printf("live evaluation after an edit: result shown %d ms after the edit%n", arrive);
            } catch (Throwable failure) {
                failure.printStackTrace();
            } finally {
                Platform.exit();
                System.exit(0);
            }
        }

        private org.argumap.ui.search.SearchBar searchBar() {
            javafx.scene.Node field = window.stage().getScene().lookup("#search-field");
            for (javafx.scene.Parent up = field.getParent(); up != null; up = up.getParent()) {
                if (up instanceof org.argumap.ui.search.SearchBar bar) {
                    return bar;
                }
            }
            throw new IllegalStateException("no search bar");
        }

        private MapDocument document() {
            return window.documents().document();
        }

        private static void key(javafx.scene.Node target, KeyCode code) {
            target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            target.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        }

        /** Milliseconds from an edit until the evaluation of the map after it is shown. */
        private long evaluationLatency() throws Exception {
            var before = fx(() -> window.evaluation().live().evaluation());
            long start = System.nanoTime();
            fx(() -> document().history().execute(new EditTextCommand(document().map(), "s1", "Latency words")));
            while (fx(() -> window.evaluation().live().evaluation()) == before) {
                Thread.sleep(5);
                if (System.nanoTime() - start > 20_000_000_000L) {
                    return -1;
                }
            }
            return (System.nanoTime() - start) / 1_000_000;
        }

        private void time(String name, Runnable action) throws Exception {
            time(name, action, repeats);
        }

        private void time(String name, Runnable action, int expected) throws Exception {
            settle(50);
            worstWait.set(0);
            long call = fx(() -> {
                long start = System.nanoTime();
                action.run();
                return System.nanoTime() - start;
            });
            settle(400);
            long stall = Math.max(worstWait.get(), call);
            figures.computeIfAbsent(name, n -> new ArrayList<>()).add(new long[] {call, stall});
        }

        /** Lets the FX thread do what is pending, then waits a little more for pulses and workers. */
        private void settle(long millis) throws Exception {
            fx(() -> null);
            Thread.sleep(millis);
            fx(() -> null);
        }

        private void print() {
            System.out.printf("%n%,d statements, %d repeats; ms on the FX thread%n", statements, repeats);
            System.out.printf("| action | call (median) | longest FX block (median) | longest FX block (worst) |%n");
            System.out.printf("|---|---:|---:|---:|%n");
            figures.forEach((name, runs) -> {
                long[] calls = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
                long[] stalls = runs.stream().mapToLong(r -> r[1]).sorted().toArray();
                System.out.printf("| %s | %.1f | %.1f | %.1f |%n", name, calls[calls.length / 2] / 1e6,
                        stalls[stalls.length / 2] / 1e6, stalls[stalls.length - 1] / 1e6);
            });
        }

        private static <T> T fx(Callable<T> query) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(query.call());
                } catch (Throwable failure) {
                    result.completeExceptionally(failure);
                }
            });
            return result.get(120, TimeUnit.SECONDS);
        }

        private static void fx(Runnable action) throws Exception {
            fx(() -> {
                action.run();
                return null;
            });
        }
    }
}
