package org.argumap.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * For benchmarks of the whole program as users meet it: with {@value #QUIT_PROPERTY}{@code =true},
 * once the first view of the map opened at start-up has been drawn, prints
 * {@code window <milliseconds since the JVM started>} (when the window was shown, before the map was
 * read) and {@code shown <milliseconds since the JVM started>} (the first JVM, when app.QuickStart
 * started the editor in a second) and quits. With {@value #STALLS_PROPERTY}{@code =true}
 * as well, it prints the FX thread's longest stall until then ({@code fx-stall <milliseconds>}): how
 * long the window could not answer a click or a key, measured by a ping posted to it every few
 * milliseconds.
 */
public final class ShownProbe {
    public static final String QUIT_PROPERTY = "argumap.quitWhenShown";
    public static final String STALLS_PROPERTY = "argumap.reportStalls";
    private static final long PING_MILLIS = 5;

    private final MainWindow window;
    private final Path file;
    private final AtomicLong longestStall = new AtomicLong();
    private volatile boolean done;
    private long windowShownAt;

    private ShownProbe(MainWindow window, Path fileOrNull) {
        this.window = window;
        this.file = fileOrNull == null ? null : fileOrNull.toAbsolutePath();
    }

    /** Watches the window if {@value #QUIT_PROPERTY} asks for it; call before the map is opened. */
    public static void installIfAsked(MainWindow window, Path fileOrNull) {
        if (Boolean.getBoolean(QUIT_PROPERTY)) {
            new ShownProbe(window, fileOrNull).install();
        }
    }

    private void install() {
        // Installed right after the window was shown: issue 13 counts the map's wait from here.
        windowShownAt = sinceStart();
        window.canvas().setOnMapDrawn(this::drawn);
        if (Boolean.getBoolean(STALLS_PROPERTY)) {
            Thread pinger = new Thread(this::ping, "argumap-stall-probe");
            pinger.setDaemon(true);
            pinger.start();
        }
    }

    private void drawn() {
        MapDocument shown = window.documents().document();
        boolean wanted = file == null ? shown.file().isEmpty() : shown.file().map(file::equals).orElse(false);
        if (done || !wanted || window.canvas().map() != shown.map()) {
            return;
        }
        done = true;
        System.out.println("window " + windowShownAt);
        System.out.println("shown " + sinceStart());
        if (Boolean.getBoolean(STALLS_PROPERTY)) {
            System.out.println("fx-stall " + longestStall.get());
        }
        System.out.flush();
        Platform.exit();
    }

    private static long sinceStart() {
        // Started in a second JVM (app.QuickStart), the wait began with the first one.
        return System.currentTimeMillis()
                - Long.getLong("argumap.startedAt", ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private void ping() {
        while (!done) {
            long posted = System.nanoTime();
            java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(() -> {
                longestStall.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max);
                answered.countDown();
            });
            try {
                answered.await();
                Thread.sleep(PING_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
