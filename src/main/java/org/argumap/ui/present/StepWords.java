package org.argumap.ui.present;

import java.util.List;
import org.argumap.edit.BoxNames;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.present.PresentationStep;
import org.argumap.text.DisplayText;

/** How the presenter's views name a step: each box it reveals by its title, or by its first words. */
final class StepWords {
    private static final int MAX = 70;

    private StepWords() {
    }

    /** One line per box; empty for no step. */
    static List<String> of(ArgumentMap map, PresentationStep step) {
        if (step == null) {
            return List.of();
        }
        return step.shows().stream().map(map::statement).filter(s -> s != null).map(StepWords::name).toList();
    }

    static String name(Statement statement) {
        if (!statement.title().isBlank()) {
            return statement.title();
        }
        String words = DisplayText.of(statement.content());
        return words.isBlank() ? "(empty box " + statement.id() + ")" : BoxNames.quote(words, MAX);
    }
}
