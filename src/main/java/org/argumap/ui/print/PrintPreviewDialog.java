package org.argumap.ui.print;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.argumap.render.picture.PageSize;
import org.argumap.ui.picture.PaperChoice;

/**
 * File › Print…: the pages as they will come out, one at a time, with the choices that change
 * them: paper, one page or tiles at print size, and the print style. "Print…" then opens the
 * platform's print dialog for the printer and the copies; "Save as PDF…" writes the same pages to
 * a file, for a computer without a printer or a handout to send.
 */
final class PrintPreviewDialog extends Dialog<PrintPreviewDialog.Choice> {
    static final ButtonType PRINT = new ButtonType("Print…", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType SAVE_PDF = new ButtonType("Save as PDF…", ButtonBar.ButtonData.OTHER);

    /** What the user chose: these settings, sent to a printer or saved as a PDF. */
    record Choice(PrintSettings settings, boolean toPdf) {
    }
    private static final double PREVIEW_WIDTH = 560;
    private static final double PREVIEW_HEIGHT = 420;

    private final Function<PrintSettings, PrintedPages> pagesFor;
    private final ChoiceBox<PageSize> paper;
    private final ToggleGroup paging = new ToggleGroup();
    private final RadioButton fit = new RadioButton("Fit on one page");
    private final RadioButton tile = new RadioButton("Tile at print size");
    private final CheckBox printStyle = new CheckBox("Print style (white ground, attacks dashed)");
    private final Pagination preview = new Pagination();
    private final Label problem = new Label();
    private PrintedPages pages;

    /** @param pagesFor the pages for some settings; throws IllegalArgumentException when they cannot be made */
    PrintPreviewDialog(PrintSettings initial, Function<PrintSettings, PrintedPages> pagesFor) {
        this.pagesFor = pagesFor;
        setTitle("Print");
        setHeaderText("Print the map");
        setResizable(true);
        paper = PaperChoice.of(initial.paper(), "print-paper");
        fit.setId("print-fit");
        tile.setId("print-tile");
        fit.setToggleGroup(paging);
        tile.setToggleGroup(paging);
        (initial.tiled() ? tile : fit).setSelected(true);
        printStyle.setId("print-style");
        printStyle.setSelected(initial.printStyle());
        preview.setId("print-preview");
        preview.setPrefSize(PREVIEW_WIDTH + 20, PREVIEW_HEIGHT + 60);
        problem.setId("print-problem");
        problem.setWrapText(true);

        HBox choices = new HBox(12, new Label("Paper:"), paper, fit, tile, printStyle);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, choices, problem, preview);
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(SAVE_PDF, PRINT, ButtonType.CANCEL);

        paper.valueProperty().addListener((o, old, now) -> refresh());
        paging.selectedToggleProperty().addListener((o, old, now) -> refresh());
        printStyle.selectedProperty().addListener((o, old, now) -> refresh());
        preview.setPageFactory(index -> pages == null || index >= pages.pages().size() ? null
                : new StackPane(pages.draw(index, PREVIEW_WIDTH, PREVIEW_HEIGHT)));
        refresh();
        setResultConverter(button -> (button == PRINT || button == SAVE_PDF) && pages != null
                ? new Choice(settings(), button == SAVE_PDF) : null);
    }

    PrintSettings settings() {
        return new PrintSettings(paper.getValue(), tile.isSelected(), printStyle.isSelected());
    }

    /** The pages of the settings as they stand. */
    PrintedPages pages() {
        return pages;
    }

    private void refresh() {
        try {
            pages = pagesFor.apply(settings());
            problem.setText("");
            problem.setManaged(false);
            preview.setPageCount(pages.pages().size());
            preview.setCurrentPageIndex(0);
            preview.setDisable(false);
        } catch (IllegalArgumentException tooMany) {
            pages = null;
            problem.setText("Cannot print like this: " + tooMany.getMessage() + ".");
            problem.setManaged(true);
            preview.setDisable(true);
        }
        getDialogPane().lookupButton(PRINT).setDisable(pages == null);
        getDialogPane().lookupButton(SAVE_PDF).setDisable(pages == null);
    }
}
