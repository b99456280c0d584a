package org.argumap.ui.statistics;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The look shared by the panel's sections: a bold title over its content, and two-column grids. */
final class Sections {
    private Sections() {
    }

    static VBox titled(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox section = new VBox(4, heading, content);
        section.setMinWidth(160);
        return section;
    }

    /** A row of a label and its number, the number right-aligned in its column. */
    static void row(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        Label number = new Label(value);
        number.setMaxWidth(Double.MAX_VALUE);
        number.setStyle("-fx-alignment: center-right;");
        grid.addRow(row, name, number);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        return grid;
    }
}
