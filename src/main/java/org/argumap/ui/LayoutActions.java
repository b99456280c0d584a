package org.argumap.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.MapCommand;
import org.argumap.edit.RelayoutCommand;
import org.argumap.layout.AutoLayout;
import org.argumap.layout.LayoutInput;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.Size;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.canvas.MapCanvas;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The View menu's layout commands. Layout Style chooses how boxes are placed (Automatic picks the
 * tree layout for trees and large maps, the layered one for maps where statements serve several
 * arguments); it is this window's view, like the zoom, and is not saved. Re-layout and Re-layout
 * Branch give the boxes the user placed back to the layout, for the whole map or the selected
 * branches, as one undoable step; boxes placed elsewhere keep their places.
 */
final class LayoutActions {
    final Action relayout;
    final Action relayoutBranch;
    final ActionGroup styles;

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final List<CheckAction> styleItems = new ArrayList<>();

    LayoutActions(DocumentController documents, MapCanvas canvas) {
        this.documents = documents;
        this.canvas = canvas;
        relayout = EditorActions.action("Re-layout", MaterialDesignA.AUTO_FIX, EditorActions.key(KeyCode.L),
                e -> relayout(false));
        relayoutBranch = EditorActions.action("Re-layout Branch", MaterialDesignS.SITEMAP,
                // Ctrl+Shift+L is File › Import from Link….
                new KeyCodeCombination(KeyCode.L, KeyCombination.ALT_DOWN, KeyCombination.SHORTCUT_DOWN),
                e -> relayout(true));
        for (LayoutStyle style : LayoutStyle.values()) {
            CheckAction item = new CheckAction(style.label());
            item.setSelected(style == canvas.layoutStyle());
            item.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    choose(style);
                } else if (canvas.layoutStyle() == style) {
                    item.setSelected(true); // one style is always chosen: a second click keeps it
                }
            });
            styleItems.add(item);
        }
        styles = new ActionGroup("Layout Style", new ArrayList<>(styleItems));
    }

    /** What goes into the View menu after the view's own items. */
    List<Action> items() {
        return List.of(styles, relayout, relayoutBranch);
    }

    private void choose(LayoutStyle style) {
        canvas.setLayoutStyle(style);
        for (int i = 0; i < styleItems.size(); i++) {
            styleItems.get(i).setSelected(LayoutStyle.values()[i] == style);
        }
        canvas.announce(describe(style));
    }

    /** What Automatic chose for this map and why, or the chosen style. */
    private String describe(LayoutStyle style) {
        if (style != LayoutStyle.AUTOMATIC) {
            return style.label() + " layout";
        }
        ArgumentMap map = documents.document().map();
        LayoutInput input = LayoutInput.of(map, node -> Size.ZERO);
        return "Automatic: " + ((AutoLayout) LayoutStyle.AUTOMATIC.layout()).choose(input).reason();
    }

    private void relayout(boolean branchOnly) {
        MapDocument document = documents.document();
        ArgumentMap map = document.map();
        List<RelayoutCommand> parts = new ArrayList<>();
        if (branchOnly) {
            for (String id : List.copyOf(document.selection().ids())) {
                if (map.node(id) != null) {
                    parts.add(RelayoutCommand.branch(map, id));
                }
            }
        } else {
            parts.add(RelayoutCommand.all(map));
        }
        if (parts.stream().noneMatch(RelayoutCommand::changesAnything)) {
            canvas.announce("Nothing to re-layout: no box " + (branchOnly ? "in this branch " : "")
                    + "was placed by hand.");
            return;
        }
        MapCommand command = parts.size() == 1 ? parts.get(0)
                : new CompositeCommand(RelayoutCommand.BRANCH_DESCRIPTION, parts);
        document.history().execute(command);
        canvas.requestFocus();
    }
}
