package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.ClassifyReplies;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.MapStructure;
import org.argumap.edit.Selection;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceType;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.exchange.ReplyClassifier;
import org.argumap.ui.exchange.ReplyQueue;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Argument menu's classification: what the selected statement is to the one it bears on, one
 * key each, for a moderator going through an imported thread. Alt+S makes it a reason (support),
 * Alt+A an objection (attack), Alt+R a rephrasing, Alt+O off-topic (it bears on nothing and stays
 * out of summaries); on a reply the selection then moves to the next reply still waiting, so a thread takes one key per comment. Ctrl+T turns a reason into an
 * objection and back, staying put, as the editing issue asks. Alt+N moves to the next reply
 * without classifying.
 *
 * <p>Plain letters start typing into the selected box, so these keys carry Alt. With several
 * statements selected, on the canvas or in the outline, the type keys classify them all as one
 * step ("Classify 3 replies as Objection"). They act wherever the focus is except while the user
 * types in a text field, and finish in-place editing first ({@link ModeratorKeys}).
 */
final class ClassifyActions {
    final Action asReason;
    final Action asObjection;
    final Action asRephrasing;
    final Action asOffTopic;
    final Action flip;
    final Action nextReply;

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final ModeratorKeys keys;
    /** Whether any reply is left, counted again only after the map changed: not at every selection. */
    private final MapListener replyWatch = event -> {
        if (!(event instanceof MapEvent.NodeMoved || event instanceof MapEvent.InfoChanged
                || event instanceof MapEvent.PresentationChanged || event instanceof MapEvent.StatementChanged)) {
            repliesStale = true;
        }
    };
    private ArgumentMap countedMap;
    private boolean repliesStale = true;
    private int replies;

    ClassifyActions(DocumentController documents, MapCanvas canvas) {
        this.documents = documents;
        this.canvas = canvas;
        this.keys = new ModeratorKeys(canvas);
        asReason = action("Change to Reason", MaterialDesignP.PLUS_CIRCLE_OUTLINE, alt(KeyCode.S),
                e -> classify(InferenceType.SUPPORT));
        asObjection = action("Change to Objection", MaterialDesignM.MINUS_CIRCLE_OUTLINE, alt(KeyCode.A),
                e -> classify(InferenceType.ATTACK));
        asRephrasing = action("Change to Rephrasing", MaterialDesignE.EQUAL, alt(KeyCode.R),
                e -> classify(InferenceType.REPHRASE));
        asOffTopic = action("Change to Off-topic", MaterialDesignC.COMMENT_REMOVE_OUTLINE, alt(KeyCode.O),
                e -> classify(InferenceType.OFF_TOPIC));
        flip = action("Reason ⇄ Objection", MaterialDesignS.SWAP_VERTICAL, EditorActions.key(KeyCode.T), e -> flip());
        nextReply = action("Next Reply to Classify", MaterialDesignC.COMMENT_ARROW_RIGHT_OUTLINE, alt(KeyCode.N),
                e -> nextReply());
        OpenDocumentWatch.start(documents, this::showState);
    }

    /** The Argument menu's classifying part. */
    List<Action> items() {
        return List.of(asReason, asObjection, asRephrasing, asOffTopic, flip, ActionUtils.ACTION_SEPARATOR, nextReply);
    }

    private static KeyCodeCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }

    /** Where the keys may act besides the map and the outline: see {@link ModeratorKeys}. */
    ModeratorKeys keys() {
        return keys;
    }

    /**
     * Classifies the selected statement and moves on to the next reply; several selected ones are
     * classified together as one step and stay selected. Any type will do, so a new class of reply
     * needs only its key here.
     */
    void classify(InferenceType type) {
        Statement statement = target();
        if (statement == null) {
            return;
        }
        MapDocument document = documents.document();
        try {
            if (document.selection().size() > 1) {
                ClassifyReplies.command(document.map(), List.copyOf(document.selection().ids()), type)
                        .ifPresent(document.history()::execute);
                return;
            }
            select(ReplyClassifier.classify(document.map(), document.history(), statement, type, shown()));
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
    }

    private void flip() {
        Statement statement = target();
        if (statement == null) {
            return;
        }
        MapDocument document = documents.document();
        try {
            ReplyClassifier.toggle(document.map(), document.history(), statement);
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
    }

    private void nextReply() {
        if (!keys.mayRun()) {
            return;
        }
        MapDocument document = documents.document();
        Statement current = document.selection().primary().map(document.map()::statement).orElse(null);
        Statement next = ReplyQueue.next(document.map(), current, shown());
        if (next == null) {
            canvas.announce(current != null && ReplyQueue.isUnclassified(document.map(), current)
                    ? "This is the last reply to classify." : "No replies left to classify.");
        } else {
            select(next);
        }
    }

    /** The selected statement the keys act on, or null while the user types in a field. */
    private Statement target() {
        if (!keys.mayRun()) {
            return null;
        }
        MapDocument document = documents.document();
        return document.selection().primary().map(document.map()::statement).orElse(null);
    }

    /** Statements in collapsed branches are not drawn; moving the selection into one would hide it. */
    private Predicate<Statement> shown() {
        return statement -> canvas.geometry().rectOf(statement.id()) != null;
    }

    private void select(Statement statement) {
        Selection selection = documents.document().selection();
        if (!selection.primary().map(statement.id()::equals).orElse(false)) {
            selection.select(statement.id());
            canvas.navigation().revealSelection();
        }
    }

    /** The type keys need a selected statement that bears on something; Next needs a reply to go to. */
    private void showState() {
        MapDocument document = documents.document();
        Statement statement = document.selection().primary().map(document.map()::statement).orElse(null);
        boolean linked = statement != null && MapStructure.parentInference(document.map(), statement) != null;
        for (Action action : List.of(asReason, asObjection, asRephrasing, asOffTopic, flip)) {
            action.setDisabled(!linked);
        }
        nextReply.setDisabled(repliesIn(document.map()) == 0);
    }

    /** How many links of the map are still replies; a scan of every link, so only after a change. */
    private int repliesIn(ArgumentMap map) {
        if (map != countedMap) {
            if (countedMap != null) {
                countedMap.removeListener(replyWatch);
            }
            countedMap = map;
            map.addListener(replyWatch);
            repliesStale = true;
        }
        if (repliesStale) {
            replies = ReplyQueue.count(map);
            repliesStale = false;
        }
        return replies;
    }
}
