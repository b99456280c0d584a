package org.argumap.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * The inference a statement feeds, under "Link to “parent”": whether the statement is a reason or
 * an objection there (the type), the scheme of the step, and its description. The canvas selects
 * statements, not the junctions between them, so this is how a user reaches an inference; an
 * inference selected some other way shows here too.
 */
final class LinkSection extends FormSection {
    private final ChoiceField<InferenceType> type;
    private final ChoiceField<String> scheme;
    private final InspectorField description;
    private final Label alsoFeeds = new Label();
    private InspectorEdits edits;
    private String id;

    LinkSection() {
        super("link", "Link");
        type = new ChoiceField<>("type", "Type", List.of(InferenceType.values()), Words::premiseOf,
                value -> edits.type(id, value));
        scheme = new ChoiceField<>("scheme", "Scheme", Schemes.COMMON, name -> name,
                value -> edit(c -> c.withScheme(value.strip()), "Edit Scheme"));
        scheme.box().setEditable(true);
        scheme.box().setPromptText("none; type or pick one");
        scheme.box().setAccessibleHelp("The argumentation scheme of this step, such as Argument from Analogy");
        description = new InspectorField("description", "Description", StatementSection.rows(new TextArea(), 3),
                value -> edit(c -> c.withDescription(value), "Edit Description"));
        description.setHelp("The step's gist in words. Enter applies, Shift+Enter starts a new line.");
        alsoFeeds.setId("inspector-also-feeds");
        alsoFeeds.setWrapText(true);
        alsoFeeds.getStyleClass().add(Styles.TEXT_MUTED);
        alsoFeeds.managedProperty().bind(alsoFeeds.visibleProperty());
        add(type.node(), scheme.node(), description.node(), alsoFeeds);
    }

    List<FieldEditor> editors() {
        return List.of(type, scheme, description);
    }

    /** The link this statement hangs from; it also shows when the statement feeds further links. */
    void showFor(InspectorEdits newEdits, Statement premise, List<Inference> fed, boolean fresh) {
        Inference link = fed.get(0);
        setTitle("Link to " + (link.target() == null ? "nothing" : Words.quoted(link.target())));
        List<String> others = fed.subList(1, fed.size()).stream()
                .map(other -> other.target() == null ? "" : Words.quoted(other.target())).toList();
        alsoFeeds.setText(others.isEmpty() ? "" : Words.quoted(premise) + " also bears on " + String.join(", ", others)
                + ".");
        alsoFeeds.setVisible(!others.isEmpty());
        show(newEdits, link, fresh);
    }

    /** An inference selected itself. */
    void showInference(InspectorEdits newEdits, Inference inference, boolean fresh) {
        setTitle("Link: " + Words.quoted(inference));
        alsoFeeds.setVisible(false);
        show(newEdits, inference, fresh);
    }

    private void show(InspectorEdits newEdits, Inference inference, boolean fresh) {
        edits = newEdits;
        id = inference.id();
        InferenceContent content = inference.content();
        type.reset(content.type());
        if (fresh || !scheme.box().isFocused()) {
            scheme.setChoices(Schemes.suggestionsFor(newEdits.map()));
        }
        if (fresh) {
            scheme.reset(content.scheme());
            description.reset(content.description());
        } else {
            scheme.show(content.scheme());
            description.show(content.description());
        }
    }

    private Optional<String> edit(UnaryOperator<InferenceContent> change, String description) {
        return edits.inference(id, change, description);
    }
}
