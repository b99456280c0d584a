package org.argumap.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;

/**
 * Files dragged onto the map: while they hover, a banner says what letting go will do (open,
 * import) or why it will not; the pointer shows a drop only for files Argumap can take, and only
 * then does the drop arrive.
 */
public final class FileDropTarget {
    private static final String BANNER_STYLE = "-fx-font-size: 15px; -fx-padding: 14 20; -fx-background-radius: 8;"
            + " -fx-text-fill: white;";
    /** Blue for "this will happen", slate for "this will not": the words say which, the colour only echoes them. */
    private static final String ACCEPT_COLOUR = " -fx-background-color: rgba(43,108,176,0.92);";
    private static final String REFUSE_COLOUR = " -fx-background-color: rgba(74,85,104,0.92);";

    private final StackPane pane;
    private final Label banner = new Label();
    private final Consumer<Path> open;
    private final Consumer<Path> importFile;
    private final Consumer<String> refuse;
    private List<Path> hovering = List.of();
    private DropPlan hoveringPlan;

    /**
     * @param content    what files are dropped on (the map view)
     * @param open       File › Open on a map file
     * @param importFile File › Import… on any other file
     * @param refuse     says why a drop cannot be taken, should one arrive anyway
     */
    public FileDropTarget(Node content, Consumer<Path> open, Consumer<Path> importFile, Consumer<String> refuse) {
        this.open = Objects.requireNonNull(open);
        this.importFile = Objects.requireNonNull(importFile);
        this.refuse = Objects.requireNonNull(refuse);
        banner.setId("drop-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(560);
        banner.setMouseTransparent(true);
        banner.setVisible(false);
        StackPane.setAlignment(banner, Pos.CENTER);
        pane = new StackPane(content, banner);
        pane.setMinSize(0, 0);
        pane.addEventHandler(DragEvent.DRAG_OVER, this::hover);
        pane.addEventHandler(DragEvent.DRAG_EXITED, e -> hideBanner());
        pane.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    /** The content with the banner over it, to place in the window. */
    public StackPane pane() {
        return pane;
    }

    /** The banner's words while files hover; empty when none do. */
    public String bannerText() {
        return banner.isVisible() ? banner.getText() : "";
    }

    /** Carries out a drop of these files: opens, imports, or says why not. */
    public void drop(List<Path> files) {
        DropPlan plan = DropPlan.of(files);
        if (plan instanceof DropPlan.Open o) {
            open.accept(o.file());
        } else if (plan instanceof DropPlan.Import i) {
            importFile.accept(i.file());
        } else {
            refuse.accept(plan.hint());
        }
    }

    /** Shows what dropping these files would do, as while they hover. */
    public DropPlan preview(List<Path> files) {
        // Hovering sends an event at every move; the files' first bytes are looked at once per drag.
        if (!files.equals(hovering)) {
            hovering = List.copyOf(files);
            hoveringPlan = DropPlan.of(files);
        }
        DropPlan plan = hoveringPlan;
        banner.setText(plan.hint());
        banner.setStyle(BANNER_STYLE + (plan.accepted() ? ACCEPT_COLOUR : REFUSE_COLOUR));
        banner.setVisible(true);
        return plan;
    }

    private void hover(DragEvent event) {
        Dragboard board = event.getDragboard();
        if (!board.hasFiles()) {
            return;
        }
        if (preview(paths(board.getFiles())).accepted()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        hideBanner();
        Dragboard board = event.getDragboard();
        if (!board.hasFiles()) {
            return;
        }
        List<Path> files = paths(board.getFiles());
        event.setDropCompleted(DropPlan.of(files).accepted());
        event.consume();
        // Later, not here: dialogs (unsaved changes, thread options) inside the drop handler would
        // keep the other application's drag waiting, and some platforms freeze it meanwhile.
        Platform.runLater(() -> drop(files));
    }

    private void hideBanner() {
        banner.setVisible(false);
        hovering = List.of();
        hoveringPlan = null;
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
