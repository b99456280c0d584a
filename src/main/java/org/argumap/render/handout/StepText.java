package org.argumap.render.handout;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.present.PresentationStep;
import org.argumap.render.DrawableText;
import org.argumap.render.MapPalette;
import org.argumap.text.DisplayText;

/**
 * What a step says in words, for a handout's page and a slide's notes: each box it reveals, as
 * "OBJECTION — Allies spy too: How is this different…", then the presenter's notes.
 */
final class StepText {
    private StepText() {
    }

    /** One line per box the step reveals. */
    static List<String> boxes(ArgumentMap map, MapPalette palette, PresentationStep step) {
        List<String> lines = new ArrayList<>();
        for (String id : step.shows()) {
            Statement statement = map.statement(id);
            if (statement == null) {
                continue;
            }
            String title = statement.content().title().strip();
            String text = DisplayText.of(statement.content()).strip();
            String words = title.isEmpty() ? text : text.isEmpty() ? title : title + ": " + text;
            lines.add(palette.of(map, statement).label() + " — " + DrawableText.oneLine(words));
        }
        return lines;
    }

    /** The boxes, then the notes (if any), as plain text for a slide's notes. */
    static String plain(ArgumentMap map, MapPalette palette, PresentationStep step) {
        StringBuilder text = new StringBuilder(String.join("\n", boxes(map, palette, step)));
        if (!step.notes().isBlank()) {
            text.append("\n\n").append(step.notes().strip());
        }
        return text.toString();
    }
}
