package org.argumap.ui.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import org.argumap.edit.EditPropertiesCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.argumap.ui.MapDocument;
import org.argumap.ui.theme.MemoryPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live evaluation keeps up with the map: a small map's marks are new as soon as the command
 * that changed it is done; a large one's come from the worker once a burst of edits has settled,
 * the stale ones dropped; a new document is evaluated at once.
 */
@ExtendWith(ApplicationExtension.class)
class LiveEvaluationTest {
    private final MapDocument document = MapDocument.readOnlySource(claimWithObjection(), "test");
    private final SimpleObjectProperty<MapDocument> documents = new SimpleObjectProperty<>(document);

    @Test
    void aSmallMapIsEvaluatedWhenTheCommandIsDone() {
        LiveEvaluation live = onFx(() -> new LiveEvaluation(documents));
        assertEquals(Label.OUT, onFx(() -> live.evaluation().label("claim")));

        Label after = onFx(() -> {
            reject("objection");
            return live.evaluation().label("claim"); // no pulse in between
        });
        assertEquals(Label.IN, after, "the objection is rejected: the claim stands at once");
    }

    @Test
    void aLargeMapIsEvaluatedOnTheWorkerOnceABurstHasSettled() {
        LiveEvaluation live = onFx(() -> new LiveEvaluation(documents, 0));
        awaitIdle(live);
        Evaluation first = onFx(live::evaluation);
        List<Evaluation> published = new ArrayList<>();
        onFx(() -> live.evaluationProperty().addListener((o, old, now) -> published.add(now)));

        onFx(() -> {
            reject("objection");
            document.history().undo();
            reject("objection");
            return null;
        });
        assertSame(first, onFx(live::evaluation), "nothing is evaluated while the edits come");
        assertTrue(onFx(() -> live.busyProperty().get()));

        for (int i = 0; i < 300 && onFx(() -> live.busyProperty().get()); i++) {
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
        }
        assertFalse(onFx(() -> live.busyProperty().get()));
        assertEquals(1, published.size(), "the burst is evaluated once: " + published);
        assertEquals(Label.IN, onFx(() -> live.evaluation().label("claim")));
    }

    @Test
    void aNewSmallDocumentIsEvaluatedAtOnce() {
        LiveEvaluation live = onFx(() -> new LiveEvaluation(documents));
        Evaluation before = onFx(live::evaluation);
        onFx(() -> {
            documents.set(MapDocument.readOnlySource(loneClaim(), "other"));
            return null;
        });
        assertNotSame(before, onFx(live::evaluation));
        assertEquals(Label.IN, onFx(() -> live.evaluation().label("lone")));
        assertFalse(onFx(() -> live.evaluation().labels().containsKey("claim")), "nothing of the map before");
    }

    @Test
    void aNewLargeDocumentShowsNoMarksUntilItsEvaluationArrivesFromTheWorker() {
        LiveEvaluation live = onFx(() -> new LiveEvaluation(documents, 0));
        Evaluation meanwhile = onFx(() -> {
            documents.set(MapDocument.readOnlySource(loneClaim(), "other"));
            return live.evaluation(); // in the same FX task: the worker cannot have answered yet
        });
        assertTrue(meanwhile.labels().isEmpty(), "no marks, and none of the map before: " + meanwhile.labels());
        awaitIdle(live);
        assertEquals(Label.IN, onFx(() -> live.evaluation().label("lone")));
        assertFalse(onFx(() -> live.evaluation().labels().containsKey("claim")), "nothing of the map before");
    }

    @Test
    void aLaterEditsResultWinsOverAnEarlierOne() {
        LiveEvaluation live = onFx(() -> new LiveEvaluation(documents, 0));
        awaitIdle(live);
        onFx(() -> reject("objection"));
        // Past the settling time, so that the worker takes up the first edit, then a second edit.
        WaitForAsyncUtils.sleep((long) LiveEvaluation.SETTLE.toMillis() + 30, TimeUnit.MILLISECONDS);
        onFx(() -> document.history().undo());
        awaitIdle(live);
        assertEquals(Label.OUT, onFx(() -> live.evaluation().label("claim")),
                "the objection is back in force: the claim falls, whatever the first edit's result said");
        WaitForAsyncUtils.sleep((long) LiveEvaluation.SETTLE.toMillis() * 2, TimeUnit.MILLISECONDS);
        assertEquals(Label.OUT, onFx(() -> live.evaluation().label("claim")), "no late result overwrites it");
    }

    @Test
    void theToggleIsOnUntilTurnedOffAndRemembered() {
        var node = new MemoryPreferences().node("org/argumap");
        EvaluationPreference preference = new EvaluationPreference(node);
        assertTrue(preference.load());
        preference.save(false);
        assertFalse(new EvaluationPreference(node).load());
    }


    // ---- helpers ------------------------------------------------------------------------------

    private void reject(String id) {
        ArgumentMap map = document.map();
        document.history().execute(EditPropertiesCommand.statement(map, id,
                map.statement(id).content().withVerdict(Verdict.REJECTED), null).named(Judgements.REJECT));
    }

    private static void awaitIdle(LiveEvaluation live) {
        for (int i = 0; i < 500 && onFx(() -> live.busyProperty().get()); i++) {
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
        }
        assertFalse(onFx(() -> live.busyProperty().get()), "the evaluation arrived");
    }

    private static ArgumentMap loneClaim() {
        ArgumentMap other = new ArgumentMap();
        other.addStatement("lone", StatementContent.claim("Alone"));
        return other;
    }

    private static ArgumentMap claimWithObjection() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("claim", StatementContent.claim("A claim"));
        map.addStatement("objection", StatementContent.claim("An objection"));
        map.addInference("attack", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "claim");
        return map;
    }

    private static <T> T onFx(Callable<T> query) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(query));
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
