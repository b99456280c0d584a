package org.argumap.layout;

import static org.argumap.layout.LayoutAssertions.SIZES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LayoutRunnerTest {
    private final LayoutRunner runner = new LayoutRunner();

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void laysOutOnAWorkerFromTheSnapshotTakenWhenAsked() throws Exception {
        ArgumentMap map = GraphMaps.debateWithSharedPremises(3000, 5, 11);
        MapGeometry expected = new ElkLayeredLayout().layout(map, SIZES);
        AtomicReference<Thread> worker = new AtomicReference<>();
        MapLayout recording = input -> {
            worker.set(Thread.currentThread());
            return new ElkLayeredLayout().layout(input);
        };

        CompletableFuture<MapGeometry> future = runner.layoutAsync(recording, map, SIZES, Collapsing.none());
        map.moveTo("s0", new Position(-9999, -9999)); // the user goes on editing meanwhile

        assertEquals(expected.rects(), future.get(60, TimeUnit.SECONDS).rects());
        assertNotEquals(Thread.currentThread(), worker.get());
        assertTrue(worker.get() instanceof LayoutThread, "ELK needs the worker's large stack");
    }

    @Test
    void aWaitingRequestGivesWayToANewerOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        MapLayout blocking = input -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return MapGeometry.EMPTY;
        };
        LayoutInput input = LayoutInput.of(DebateMaps.debate(10, 1), SIZES);

        CompletableFuture<MapGeometry> running = runner.layoutAsync(blocking, input);
        Thread.sleep(100); // let the worker take the first one
        CompletableFuture<MapGeometry> superseded = runner.layoutAsync(new TreeLayout(), input);
        CompletableFuture<MapGeometry> newest = runner.layoutAsync(new TreeLayout(), input);
        release.countDown();

        assertTrue(running.get(10, TimeUnit.SECONDS).isEmpty(), "a running layout runs to its end");
        assertThrows(CancellationException.class, () -> superseded.get(10, TimeUnit.SECONDS));
        assertEquals(input.size(), newest.get(10, TimeUnit.SECONDS).rects().size());
    }

    @Test
    void aFailingLayoutFailsItsFuture() {
        MapLayout failing = input -> {
            throw new IllegalStateException("broken");
        };
        CompletableFuture<MapGeometry> future = runner.layoutAsync(failing, LayoutInput.of(new ArgumentMap(), SIZES));
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertEquals("broken", thrown.getCause().getMessage());
    }

    @Test
    void closingCancelsWhatWaits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        MapLayout blocking = input -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return MapGeometry.EMPTY;
        };
        LayoutInput input = LayoutInput.of(new ArgumentMap(), SIZES);
        CompletableFuture<MapGeometry> running = runner.layoutAsync(blocking, input);
        Thread.sleep(100);
        CompletableFuture<MapGeometry> waiting = runner.layoutAsync(new TreeLayout(), input);

        runner.close();
        release.countDown();

        assertTrue(waiting.isCancelled());
        assertFalse(running.get(10, TimeUnit.SECONDS).rects().size() > 0);
    }
}
