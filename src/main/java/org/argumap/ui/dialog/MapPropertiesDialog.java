package org.argumap.ui.dialog;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.argumap.model.MapInfo;

/** Edit › Map Properties…: the map's title, description, source address and authors. */
public final class MapPropertiesDialog extends Dialog<MapInfo> {
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField sourceUrl = new TextField();
    private final TextArea authors = new TextArea();

    public MapPropertiesDialog(MapInfo current) {
        setTitle("Map Properties");
        setHeaderText("What this map is about and where it comes from");
        setResizable(true);
        title.setId("map-title");
        description.setId("map-description");
        sourceUrl.setId("map-source");
        authors.setId("map-authors");
        title.setText(current.title());
        description.setText(current.description());
        description.setWrapText(true);
        description.setPrefRowCount(4);
        sourceUrl.setText(current.sourceUrl());
        sourceUrl.setPromptText("https://…");
        authors.setText(String.join("\n", current.authors()));
        authors.setPromptText("One name a line");
        authors.setPrefRowCount(3);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        addRow(grid, 0, "_Title:", title);
        addRow(grid, 1, "_Description:", description);
        addRow(grid, 2, "_Source URL:", sourceUrl);
        addRow(grid, 3, "_Authors:", authors);
        GridPane.setHgrow(title, Priority.ALWAYS);
        grid.setPrefWidth(520);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(title::requestFocus);

        setResultConverter(button -> button == ButtonType.OK ? edited(current) : null);
    }

    /** Keeps the times and anything else the dialog does not show. */
    private MapInfo edited(MapInfo current) {
        List<String> names = Arrays.stream(authors.getText().split("\\R")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        return current.withTitle(title.getText().strip())
                .withDescription(description.getText().strip())
                .withSourceUrl(sourceUrl.getText().strip())
                .withAuthors(names);
    }

    private static void addRow(GridPane grid, int row, String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        // Otherwise the grid squeezes the labels to "…" in favour of the fields.
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }
}
