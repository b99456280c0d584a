package org.argumap.layout;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.argumap.model.ArgumentMap;

/**
 * Runs layouts off the FX thread, one at a time, on a worker thread with a stack large enough for
 * ELK ({@link LayoutThread}). The map is not thread-safe, so the worker never sees it: it gets a
 * {@link LayoutInput} built on the caller's thread.
 *
 * <p>Only the newest layout matters to a view that relays out after each change, so a request
 * still waiting when a newer one arrives is dropped: its future completes with a
 * {@link CancellationException}, and the caller should ignore it. A layout already running runs
 * to its end (ELK cannot be interrupted), so its result may arrive after newer changes: compare
 * it with what you asked for last. Futures complete on the worker thread; hop to the FX thread
 * ({@code Platform::runLater} as the executor of {@code thenAcceptAsync}) before touching the view.
 *
 * <p>Close it when the window closes; the worker is a daemon, so a forgotten runner does not keep
 * the program alive.
 */
public final class LayoutRunner implements AutoCloseable {
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), work -> new LayoutThread(work, "argumap-layout"));
    private final AtomicReference<CompletableFuture<MapGeometry>> waiting = new AtomicReference<>();

    /**
     * Lays out the snapshot on the worker.
     *
     * @return completes with the geometry, exceptionally with the layout's failure, or cancelled
     *         when a newer request replaced it before it started
     */
    public CompletableFuture<MapGeometry> layoutAsync(MapLayout layout, LayoutInput input) {
        CompletableFuture<MapGeometry> result = new CompletableFuture<>();
        CompletableFuture<MapGeometry> replaced = waiting.getAndSet(result);
        if (replaced != null) {
            replaced.cancel(false);
        }
        worker.execute(() -> run(layout, input, result));
        return result;
    }

    /**
     * Takes the snapshot here, on the caller's thread (which must own the map), and lays it out on
     * the worker.
     */
    public CompletableFuture<MapGeometry> layoutAsync(MapLayout layout, ArgumentMap map, BoxSizes sizes,
            Collapsing collapsing) {
        return layoutAsync(layout, LayoutInput.of(map, sizes, collapsing));
    }

    private void run(MapLayout layout, LayoutInput input, CompletableFuture<MapGeometry> result) {
        waiting.compareAndSet(result, null);
        if (result.isDone()) {
            return; // replaced by a newer request while it waited
        }
        try {
            result.complete(layout.layout(input));
        } catch (Throwable failure) {
            // Errors too (a layout too large for the stack or heap, a library that fails to
            // load): the future must fail, not leave the view waiting for ever.
            result.completeExceptionally(failure);
        }
    }

    /** Stops the worker after the running layout; layouts still waiting are cancelled. */
    @Override
    public void close() {
        CompletableFuture<MapGeometry> pending = waiting.getAndSet(null);
        if (pending != null) {
            pending.cancel(false);
        }
        worker.shutdown();
    }
}
