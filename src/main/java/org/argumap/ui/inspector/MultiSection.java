package org.argumap.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Several boxes selected: how many, and the fields that make sense for all of them at once. Kind,
 * author and tags show the value the boxes share (or nothing when they differ); a change applies
 * to every selected box as one undo step. Tags work on the shared ones: a tag added here goes onto
 * every box, a shared tag removed here leaves every box, and each box keeps the tags only it has.
 * Text, notes and sources belong to one box and are edited one box at a time.
 */
final class MultiSection extends FormSection {
    private final ChoiceField<StatementKind> kind;
    private final InspectorField author;
    private final InspectorField tags;
    private final Label hint = new Label("Changes here apply to every selected box. Select one box to edit its "
            + "text, notes and sources.");
    private InspectorEdits edits;
    private List<String> ids = List.of();
    private List<String> sharedTags = List.of();

    MultiSection() {
        super("multiple", "");
        kind = new ChoiceField<>("all-kind", "Kind", List.of(StatementKind.values()), Words::kind,
                value -> edits.statements(ids, c -> c.withKind(value),
                        "Change " + Words.titledBoxes(ids.size()) + " to " + Words.kind(value)));
        kind.box().setPromptText("several kinds");
        author = new InspectorField("all-author", "Author", new TextField(),
                value -> edits.statements(ids, c -> c.withAuthor(value.strip()), named("Edit Author")));
        author.setHelp("The author of every selected box");
        tags = new InspectorField("all-tags", "Tags shared by all", new TextField(), this::editTags);
        tags.setHelp("Tags every selected box has, separated by commas; a tag added here goes onto every box");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        add(hint, kind.node(), author.node(), tags.node());
    }

    List<FieldEditor> editors() {
        return List.of(kind, author, tags);
    }

    void show(InspectorEdits newEdits, List<Statement> statements, boolean fresh) {
        edits = newEdits;
        ids = statements.stream().map(Statement::id).toList();
        setTitle(Words.boxes(statements.size()) + " selected");
        kind.reset(shared(statements, Statement::kind));
        String common = shared(statements, Statement::author);
        author.input().setPromptText(common == null ? "several authors" : "");
        String sharedAuthor = common == null ? "" : common;
        sharedTags = new ArrayList<>(statements.get(0).tags());
        statements.forEach(s -> sharedTags.retainAll(s.tags()));
        if (fresh) {
            author.reset(sharedAuthor);
            tags.reset(Tags.format(sharedTags));
        } else {
            author.show(sharedAuthor);
            tags.show(Tags.format(sharedTags));
        }
    }

    private Optional<String> editTags(String typed) {
        List<String> before = List.copyOf(sharedTags);
        List<String> after = Tags.parse(typed);
        return edits.statements(ids, c -> c.withTags(Tags.replaceShared(c.tags(), before, after)), named("Edit Tags"));
    }

    private String named(String verb) {
        return verb + " of " + Words.titledBoxes(ids.size());
    }

    /** The value every statement has, or null when they differ. */
    private static <T> T shared(List<Statement> statements, Function<Statement, T> value) {
        T first = value.apply(statements.get(0));
        return statements.stream().allMatch(s -> value.apply(s).equals(first)) ? first : null;
    }
}
