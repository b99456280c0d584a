package org.argumap.ui.statistics;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.argumap.analysis.statistics.Balance;
import org.argumap.analysis.statistics.Count;

/** The panel's small tables: statements per author, and the balance under each claim. */
final class CountTables {
    private static final double ROW_HEIGHT = 26;
    private static final int VISIBLE_ROWS = 5;

    private CountTables() {
    }

    static TableView<Count> authors() {
        TableView<Count> table = new TableView<>();
        table.setId("statistics-authors");
        table.getColumns().add(column("Author", Count::name));
        table.getColumns().add(number(column("Statements", Count::count)));
        table.setPlaceholder(new javafx.scene.control.Label("No statement has an author."));
        return sized(table);
    }

    /**
     * @param quote the claim's words for its id
     * @param open  selects the claim on the map, on a click or Enter
     */
    static TableView<Balance> balance(Function<String, String> quote, Consumer<String> open) {
        TableView<Balance> table = new TableView<>();
        table.setId("statistics-balance");
        table.getColumns().add(column("Claim", b -> quote.apply(b.id())));
        table.getColumns().add(number(column("Reasons", Balance::supports)));
        table.getColumns().add(number(column("Objections", Balance::attacks)));
        table.getColumns().add(number(column("In branch: reasons", Balance::branchSupports)));
        table.getColumns().add(number(column("objections", Balance::branchAttacks)));
        table.getColumns().get(0).setPrefWidth(260);
        table.setPlaceholder(new javafx.scene.control.Label("No claims yet."));
        table.setRowFactory(t -> {
            TableRow<Balance> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Balance selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
                e.consume();
            }
        });
        return sized(table);
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** A count: wide enough for its header and right-aligned, so that the digits line up. */
    private static <S, T> TableColumn<S, T> number(TableColumn<S, T> column) {
        column.setMinWidth(100);
        column.setMaxWidth(150);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Short enough for a bottom panel; the table scrolls for the rest. The words take what the counts leave. */
    private static <S> TableView<S> sized(TableView<S> table) {
        table.setPrefHeight(ROW_HEIGHT * (VISIBLE_ROWS + 1) + 4);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }
}
