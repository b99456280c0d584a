package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.argumap.analysis.moderation.ModerationFilter;
import org.argumap.edit.BotMarks;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.MapCommand;
import org.argumap.edit.MergeStatementsCommand;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.exchange.ThreadUpdater;
import org.argumap.ui.moderation.ModerationFilterDialog;
import org.argumap.ui.moderation.ReplyFilter;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The Moderation menu: hiding replies from view (by score, depth, deleted, bots) and showing them
 * again, treating an author as a bot, merging duplicate replies, and bringing in a newer copy of
 * the thread. A menu of its own rather than items in View, which is full on a projector, and
 * beside Argument, where the classification keys are. Merge and the bot mark carry Alt, as the
 * classification keys do, and act wherever those do ({@link ModeratorKeys}).
 */
final class ModerationActions {
    static final String MENU = "Moderation";

    final Action filterReplies;
    final Action showAllReplies;
    final Action treatAsBot;
    final Action merge;
    final Action updateThread;
    final ReplyFilter filter;

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final ModeratorKeys keys;
    private final Supplier<Window> owner;

    ModerationActions(DocumentController documents, MapCanvas canvas, ThreadUpdater updater, ModeratorKeys keys,
            Supplier<Window> owner) {
        this.documents = documents;
        this.canvas = canvas;
        this.keys = keys;
        this.owner = owner;
        this.filter = new ReplyFilter(canvas);
        filterReplies = action("Filter Replies…", MaterialDesignF.FILTER_OUTLINE,
                new KeyCodeCombination(KeyCode.H, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN),
                e -> askForFilter());
        showAllReplies = action("Show All Replies", MaterialDesignE.EYE_OUTLINE, null,
                e -> filter.setFilter(ModerationFilter.NONE));
        treatAsBot = action("Treat Author as Bot", MaterialDesignR.ROBOT_OUTLINE,
                new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN), e -> toggleBot());
        merge = action("Merge Replies", MaterialDesignS.SET_MERGE,
                new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN), e -> mergeSelected());
        updateThread = action("Update Thread from File…", MaterialDesignU.UPDATE, null, e -> updater.updateFromFile());
        filter.filterProperty().addListener((o, old, now) -> showState());
        OpenDocumentWatch.start(documents, this::showState);
    }

    List<Action> items() {
        return List.of(filterReplies, showAllReplies, ActionUtils.ACTION_SEPARATOR, treatAsBot, merge,
                ActionUtils.ACTION_SEPARATOR, updateThread);
    }

    /** Filter Replies…: the dialog, then the filter it gives. */
    void askForFilter() {
        ModerationFilterDialog dialog = new ModerationFilterDialog(filter.filter());
        dialog.initOwner(owner.get());
        dialog.showAndWait().ifPresent(chosen -> {
            filter.setFilter(chosen);
            if (chosen.hidesAnything()) {
                canvas.announce(filter.hidden().summary() + ".");
            }
        });
    }

    /** Treats the author of the selected statement as a bot, or no longer, on every statement of theirs. */
    void toggleBot() {
        if (!keys.mayRun()) {
            return;
        }
        MapDocument document = documents.document();
        Statement statement = document.selection().primary().map(document.map()::statement).orElse(null);
        if (statement == null) {
            return;
        }
        String author = statement.content().author();
        try {
            boolean marked = BotMarks.isMarked(document.map(), author);
            Optional<MapCommand> command = BotMarks.command(document.map(), author, !marked);
            command.ifPresent(document.history()::execute);
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
    }

    /** Merges the selected statements into the primary one: its words stay, every author is kept. */
    void mergeSelected() {
        if (!keys.mayRun()) {
            return;
        }
        MapDocument document = documents.document();
        List<String> ids = new ArrayList<>();
        document.selection().primary().filter(id -> document.map().statement(id) != null).ifPresent(ids::add);
        for (String id : document.selection().ids()) {
            if (document.map().statement(id) != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        try {
            MergeStatementsCommand command = new MergeStatementsCommand(document.map(), ids);
            document.history().execute(command);
            document.selection().select(command.keptId());
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
    }

    private void showState() {
        MapDocument document = documents.document();
        long statements = document.selection().ids().stream().filter(id -> document.map().statement(id) != null).count();
        merge.setDisabled(statements < 2);
        boolean authored = document.selection().primary().map(document.map()::statement)
                .map(s -> !s.content().author().isBlank()).orElse(false);
        treatAsBot.setDisabled(!authored);
        showAllReplies.setDisabled(!filter.filter().hidesAnything());
    }
}
