package org.argumap.ui.inspector;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/**
 * A group of fields under a heading ("Statement", "Evidence", "Link to …"). A hidden group takes
 * no room, so the panel shows only what applies to the box.
 */
class FormSection extends VBox {
    private final Label heading = new Label();

    FormSection(String id, String title) {
        super(8);
        setId("inspector-" + id + "-section");
        heading.setId("inspector-" + id + "-heading");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        heading.setWrapText(true);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        heading.setMnemonicParsing(false);
        setTitle(title);
        getChildren().addAll(new Separator(), heading);
        managedProperty().bind(visibleProperty());
    }

    final void setTitle(String title) {
        heading.setText(title);
    }

    final String title() {
        return heading.getText();
    }

    final void add(Node... nodes) {
        getChildren().addAll(nodes);
    }
}
