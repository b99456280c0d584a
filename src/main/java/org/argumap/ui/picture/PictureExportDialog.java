package org.argumap.ui.picture;

import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.argumap.layout.Rect;
import org.argumap.render.picture.PagePlan;
import org.argumap.render.picture.PageSize;
import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;

/**
 * File › Export Picture…: PNG, SVG or PDF; the whole map or the selected boxes; the colours on
 * screen or the print style; for a PNG its size, for a PDF its paper and whether it is fitted or
 * tiled. The sizes are shown as they will come out ("3,200 × 1,800 pixels", "6 pages").
 */
public final class PictureExportDialog extends Dialog<PictureRequest> {
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final ToggleGroup formats = new ToggleGroup();
    private final RadioButton png = radio("PNG image", "picture-png", formats);
    private final RadioButton svg = radio("SVG drawing (text stays text)", "picture-svg", formats);
    private final RadioButton pdf = radio("PDF document", "picture-pdf", formats);
    private final ToggleGroup shown = new ToggleGroup();
    private final RadioButton whole = radio("The whole map", "picture-whole", shown);
    private final RadioButton selection;
    private final CheckBox printStyle = new CheckBox("Print style: white ground, attacks dashed, for black-and-white printers");
    private final Spinner<Integer> scale = new Spinner<>(1, 4, 2);
    private final Label pixels = new Label();
    private final CheckBox transparent = new CheckBox("Transparent background");
    private final ChoiceBox<PageSize> paper;
    private final ToggleGroup paging = new ToggleGroup();
    private final RadioButton fit = radio("Fit on one page", "picture-fit", paging);
    private final RadioButton tile = radio("Tile at print size", "picture-tile", paging);
    private final Label pages = new Label();
    private final Set<String> selected;
    private final Function<Set<String>, Rect> areaOf;

    /**
     * @param selected the selected boxes; the choice of the selection is offered when there are any
     * @param areaOf   the part of the map a picture of these boxes (all, when empty) would show
     */
    public PictureExportDialog(PictureRequest initial, Set<String> selected, Function<Set<String>, Rect> areaOf) {
        this.selected = Set.copyOf(selected);
        this.areaOf = areaOf;
        selection = radio(selected.size() == 1 ? "The selected box" : "The " + selected.size() + " selected boxes",
                "picture-selection", shown);
        setTitle("Export Picture");
        setHeaderText("Export the map as a picture");
        setResizable(true);
        scale.setId("picture-scale");
        scale.setEditable(true);
        transparent.setId("picture-transparent");
        printStyle.setId("picture-print-style");
        pixels.setId("picture-pixels");
        pages.setId("picture-pages");

        PictureOptions options = initial.options();
        paper = PaperChoice.of(options.page(), "picture-paper");
        (initial.format() == PictureFormat.SVG ? svg : initial.format() == PictureFormat.PDF ? pdf : png).setSelected(true);
        selection.setDisable(selected.isEmpty());
        (selected.isEmpty() ? whole : selection).setSelected(true);
        printStyle.setSelected(initial.printStyle());
        scale.getValueFactory().setValue((int) Math.round(options.scale()));
        transparent.setSelected(options.transparent());
        (options.tiled() ? tile : fit).setSelected(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, label("Format:"), new HBox(12, png, svg, pdf));
        grid.addRow(row++, label("Show:"), new HBox(12, whole, selection));
        grid.addRow(row++, label("Colours:"), printStyle);
        grid.addRow(row++, label("PNG size:"), new HBox(10, scale, new Label("× (pixels per point)"), pixels));
        grid.addRow(row++, new Label(), transparent);
        grid.addRow(row++, label("PDF paper:"), new HBox(12, paper, fit, tile, pages));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);

        formats.selectedToggleProperty().addListener((o, old, now) -> update());
        shown.selectedToggleProperty().addListener((o, old, now) -> update());
        paging.selectedToggleProperty().addListener((o, old, now) -> update());
        scale.valueProperty().addListener((o, old, now) -> update());
        paper.valueProperty().addListener((o, old, now) -> update());
        update();
        setResultConverter(button -> button == EXPORT ? request() : null);
    }

    /** The answer as the controls stand. */
    PictureRequest request() {
        PictureFormat format = pdf.isSelected() ? PictureFormat.PDF : svg.isSelected() ? PictureFormat.SVG : PictureFormat.PNG;
        PictureOptions options = PictureOptions.defaults()
                .withOnly(selection.isSelected() ? selected : Set.of())
                .withScale(scale.getValue())
                .withTransparent(transparent.isSelected())
                .withPage(paper.getValue(), tile.isSelected());
        return new PictureRequest(format, options, printStyle.isSelected());
    }

    /** Enables what the chosen format uses, and says how large the picture will be. */
    private void update() {
        boolean isPng = png.isSelected();
        boolean isPdf = pdf.isSelected();
        scale.setDisable(!isPng);
        transparent.setDisable(!isPng);
        paper.setDisable(!isPdf);
        fit.setDisable(!isPdf);
        tile.setDisable(!isPdf);
        Rect area = areaOf.apply(selection.isSelected() ? selected : Set.of());
        if (area == null) {
            pixels.setText("");
            pages.setText("");
            return;
        }
        int factor = scale.getValue() == null ? 2 : scale.getValue();
        pixels.setText(String.format("%,d × %,d pixels", (long) Math.ceil(area.width() * factor),
                (long) Math.ceil(area.height() * factor)));
        int count = tile.isSelected() ? PagePlan.tileCount(area, paper.getValue()) : 1;
        pages.setText(count == 1 ? "1 page" : String.format("%,d pages", count));
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }

    private static Node label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
