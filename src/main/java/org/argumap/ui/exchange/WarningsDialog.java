package org.argumap.ui.exchange;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * The reader's warnings of the last import, one row each with its place in the file, so the user
 * can find the spot in the file or judge what went missing.
 */
public final class WarningsDialog {
    public static final String TITLE = "Import Warnings";

    private WarningsDialog() {
    }

    public static void show(Window owner, ReadWarnings warnings) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(TITLE);
        alert.setHeaderText(header(warnings));
        alert.setResizable(true);
        alert.getDialogPane().setContent(table(warnings));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    /** "“ama.json” was read with 2 warnings", also used by tests to recognise the dialog. */
    public static String header(ReadWarnings warnings) {
        return "“" + warnings.fileName() + "” was read with " + warnings.count();
    }

    private static TableView<WarningPlace> table(ReadWarnings warnings) {
        TableView<WarningPlace> table = new TableView<>();
        table.setId("warnings-table");
        TableColumn<WarningPlace, String> place = new TableColumn<>("Place");
        place.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().place()));
        place.setPrefWidth(150);
        TableColumn<WarningPlace, String> message = new TableColumn<>("Warning");
        message.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().message()));
        message.setCellFactory(column -> new WrappingCell());
        message.setPrefWidth(520);
        table.getColumns().add(place);
        table.getColumns().add(message);
        table.getItems().setAll(warnings.warnings().stream().map(WarningPlace::of).toList());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(700, Math.min(420, 34 + 46 * warnings.size()));
        return table;
    }

    /** Warnings run to two or three lines; cut off with "…" they would lose the part that says what to do. */
    private static final class WrappingCell extends TableCell<WarningPlace, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            text.getStyleClass().add("text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }
}
