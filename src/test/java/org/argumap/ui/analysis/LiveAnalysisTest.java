package org.argumap.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.argumap.analysis.feedback.Feedback;
import org.argumap.analysis.feedback.Finding;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Refreshes: one per burst of changes on a small map; off the FX thread, after a pause, on a large one. */
@ExtendWith(ApplicationExtension.class)
class LiveAnalysisTest {

    @Test
    void aBurstOfChangesIsAnalysedOnceAndOnlyWhileActive() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> sizes = new ArrayList<>();
        ArgumentMap map = new ArgumentMap();
        LiveAnalysis<Integer> live = new LiveAnalysis<>((m, e) -> {
            runs.incrementAndGet();
            return m.size();
        }, sizes::add);
        WaitForAsyncUtils.asyncFx(() -> {
            live.show(map);
            for (int i = 0; i < 10; i++) {
                map.addStatement(StatementContent.claim("Claim " + i));
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, runs.get(), "nothing is worked out for a hidden panel");

        WaitForAsyncUtils.asyncFx(() -> live.activeProperty().set(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            map.addStatement(StatementContent.claim("Eleven"));
            map.addStatement(StatementContent.claim("Twelve"));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(10, 12), sizes, "once on showing, once for the two changes");
    }

    @Test
    void aHundredThousandStatementsAreCheckedOffTheFxThreadAndAnEditMeanwhileIsTakenIn() throws Exception {
        ArgumentMap big = DebateMaps.debate(100_000, 3);
        List<List<Finding>> results = new ArrayList<>();
        LiveAnalysis<List<Finding>> live = new LiveAnalysis<>(Feedback::of, results::add);
        long started = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> {
            live.activeProperty().set(true);
            live.show(big);
        }).get();
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(took < 1_000, "the FX thread is not held: " + took + " ms");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> live.busyProperty().get()).get());

        // A change while the worker may be running: its result is dropped, and the map analysed again.
        Thread.sleep((long) LiveAnalysis.IDLE.toMillis() + 200);
        WaitForAsyncUtils.asyncFx(() -> big.addStatement("stray", StatementContent.claim("A stray claim"))).get();

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !live.busyProperty().get() && !results.isEmpty()).get());
        List<Finding> last = WaitForAsyncUtils.asyncFx(() -> results.get(results.size() - 1)).get();
        assertTrue(last.stream().anyMatch(f -> f.ids().contains("stray")), "the stray claim is in the last result");
        assertFalse(last.isEmpty());
    }
}
