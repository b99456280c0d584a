package org.argumap.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/** The "Statement" group: title, text, kind, author, tags and notes of one statement. */
final class StatementSection extends FormSection {
    private final ChoiceField<StatementKind> kind;
    private final InspectorField title;
    private final InspectorField text;
    private final InspectorField author;
    private final InspectorField tags;
    private final InspectorField notes;
    private InspectorEdits edits;
    private String id;

    StatementSection() {
        super("statement", "Statement");
        kind = new ChoiceField<>("kind", "Kind", List.of(StatementKind.values()), Words::kind,
                value -> edit(c -> c.withKind(value), "Change to " + Words.kind(value)));
        title = new InspectorField("title", "Title", new TextField(),
                value -> edit(c -> c.withTitle(value.strip()), "Edit Title"));
        TextArea textArea = rows(new TextArea(), 4);
        text = new InspectorField("text", "Text", textArea, value -> edits.text(id, value));
        author = new InspectorField("author", "Author", new TextField(),
                value -> edit(c -> c.withAuthor(value.strip()), "Edit Author"));
        tags = new InspectorField("tags", "Tags", new TextField(),
                value -> edit(c -> c.withTags(Tags.parse(value)), "Edit Tags"));
        tags.setHelp("Separate tags with commas, such as: cyber, history");
        tags.input().setPromptText("comma-separated, e.g. cyber, history");
        notes = new InspectorField("notes", "Notes", rows(new TextArea(), 3),
                value -> edit(c -> c.withNotes(value), "Edit Notes"));
        notes.setHelp("Your own remarks, not part of the argument. Enter applies, Shift+Enter starts a new line.");
        text.setHelp("Enter applies, Shift+Enter starts a new line.");
        add(title.node(), text.node(), kind.node(), author.node(), tags.node(), notes.node());
    }

    List<FieldEditor> editors() {
        return List.of(title, text, kind, author, tags, notes);
    }

    /** Shows this statement; {@code fresh} when it was another box (or nothing) before. */
    void show(InspectorEdits newEdits, Statement statement, boolean fresh) {
        edits = newEdits;
        id = statement.id();
        StatementContent content = statement.content();
        if (fresh) {
            kind.reset(content.kind());
        } else {
            kind.show(content.kind());
        }
        for (InspectorField field : List.of(title, text, author, tags, notes)) {
            String value = valueOf(field, content);
            if (fresh) {
                field.reset(value);
            } else {
                field.show(value);
            }
        }
    }

    private String valueOf(InspectorField field, StatementContent content) {
        if (field == title) {
            return content.title();
        } else if (field == text) {
            return content.text();
        } else if (field == author) {
            return content.author();
        } else if (field == tags) {
            return Tags.format(content.tags());
        }
        return content.notes();
    }

    private Optional<String> edit(UnaryOperator<StatementContent> change, String description) {
        return edits.statement(id, change, description);
    }

    static TextArea rows(TextArea area, int count) {
        area.setPrefRowCount(count);
        area.setWrapText(true);
        return area;
    }
}
