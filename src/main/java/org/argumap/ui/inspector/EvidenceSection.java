package org.argumap.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/**
 * The "Evidence" group: where a source is (URL), what it says (quote) and when it appeared (date).
 * The model keeps these for evidence, so the group shows for evidence, and for a claim only when a
 * file gave it such fields anyway. The address opens in the browser only when the user clicks its
 * link, never because a box was selected: a map from someone else must not open pages by itself.
 */
final class EvidenceSection extends FormSection {
    private final InspectorField url;
    private final InspectorField quote;
    private final InspectorField date;
    private final Hyperlink open = new Hyperlink("Open in browser");
    private InspectorEdits edits;
    private String id;
    private String openable = "";

    EvidenceSection(Consumer<String> browser) {
        super("evidence", "Evidence");
        url = new InspectorField("url", "URL", new TextField(), this::editUrl);
        url.setHelp("The whole address, such as https://example.org/page");
        url.input().setPromptText("https://…");
        open.setId("inspector-open-url");
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> {
            open.setVisited(false);
            if (!openable.isEmpty()) {
                browser.accept(openable);
            }
        });
        url.addBesideLabel(open);
        quote = new InspectorField("quote", "Quote", StatementSection.rows(new TextArea(), 3),
                value -> edit(c -> c.withQuote(value), "Edit Quote"));
        date = new InspectorField("date", "Date", new TextField(), this::editDate);
        date.setHelp("Year first: 2024-05-17, 2024-05 or 2024");
        date.input().setPromptText("2024-05-17, 2024-05 or 2024");
        add(url.node(), quote.node(), date.node());
    }

    List<FieldEditor> editors() {
        return List.of(url, quote, date);
    }

    /** Whether this statement has anything to show here. */
    static boolean applies(Statement statement) {
        StatementContent c = statement.content();
        return c.kind() == StatementKind.EVIDENCE || !c.url().isEmpty() || !c.quote().isEmpty() || !c.date().isEmpty();
    }

    void show(InspectorEdits newEdits, Statement statement, boolean fresh) {
        edits = newEdits;
        id = statement.id();
        StatementContent content = statement.content();
        if (fresh) {
            url.reset(content.url());
            quote.reset(content.quote());
            date.reset(content.date());
        } else {
            url.show(content.url());
            quote.show(content.quote());
            date.show(content.date());
        }
        showLink(content.url());
    }

    private void showLink(String address) {
        openable = SourceValues.opensInBrowser(address) ? address.strip() : "";
        open.setVisible(!openable.isEmpty());
        open.setTooltip(openable.isEmpty() ? null : new Tooltip(openable));
        open.setAccessibleText("Open " + openable + " in the browser");
    }

    private Optional<String> editUrl(String typed) {
        Optional<String> problem = SourceValues.urlProblem(typed);
        return problem.isPresent() ? problem : edit(c -> c.withUrl(typed.strip()), "Edit URL");
    }

    private Optional<String> editDate(String typed) {
        Optional<String> problem = SourceValues.dateProblem(typed);
        return problem.isPresent() ? problem : edit(c -> c.withDate(typed.strip()), "Edit Date");
    }

    private Optional<String> edit(UnaryOperator<StatementContent> change, String description) {
        return edits.statement(id, change, description);
    }
}
