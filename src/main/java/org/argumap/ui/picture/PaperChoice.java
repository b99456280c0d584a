package org.argumap.ui.picture;

import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.argumap.render.picture.PageSize;

/** The choice of paper, A4, Letter or A3, as the export and print dialogs offer it. */
public final class PaperChoice {
    private PaperChoice() {
    }

    public static ChoiceBox<PageSize> of(PageSize initial, String id) {
        ChoiceBox<PageSize> paper = new ChoiceBox<>();
        paper.setId(id);
        paper.getItems().setAll(PageSize.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSize size) {
                return size == null ? "" : size.label();
            }

            @Override
            public PageSize fromString(String text) {
                return PageSize.named(text).orElse(PageSize.A4);
            }
        });
        paper.setValue(initial);
        return paper;
    }
}
