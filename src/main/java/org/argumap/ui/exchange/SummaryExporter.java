package org.argumap.ui.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.summary.SummaryMarkdown;
import org.argumap.analysis.summary.ThreadSummaries;
import org.argumap.io.AtomicFiles;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.dialog.ChosenFile;
import org.argumap.ui.dialog.ErrorTexts;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.FormatFilter;
import org.argumap.ui.dialog.Prompts;

/**
 * File › Export Thread Summary…: the moderator's summary of a classified thread, to post under it,
 * within the length budget asked for (remembered for the next export). Like Export…, it leaves
 * the map, its file and its unsaved state as they were.
 */
public final class SummaryExporter {
    static final String EXTENSION = ".summary.md";
    private static final FormatFilter FILTER = new FormatFilter("Thread summary (Markdown)", List.of("*" + EXTENSION,
            "*.md"), null);

    private final DocumentController documents;
    private final FileDialogs files;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private int lastBudget = SummaryMarkdown.DEFAULT_BUDGET;

    SummaryExporter(DocumentController documents, FileDialogs files, Prompts prompts, Supplier<Window> owner) {
        this.documents = Objects.requireNonNull(documents);
        this.files = Objects.requireNonNull(files);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
    }

    /** Asks for the budget, then for the file, and writes the summary. */
    public void exportSummary() {
        documents.commitPendingEdits();
        MapDocument document = documents.document();
        SummaryBudgetDialog dialog = new SummaryBudgetDialog(lastBudget);
        dialog.initOwner(owner.get());
        Optional<Integer> budget = dialog.showAndWait();
        if (budget.isEmpty()) {
            return;
        }
        lastBudget = budget.get();
        files.chooseExportTarget(owner.get(), List.of(FILTER), FILTER, ImportNames.exportName(document.name(), EXTENSION))
                .ifPresent(chosen -> export(document.map(), chosen, budget.get()));
    }

    private void export(ArgumentMap map, ChosenFile chosen, int budget) {
        String summary = SummaryMarkdown.write(ThreadSummaries.of(map, Evaluator.evaluate(map)), budget);
        AtomicFiles.Outcome outcome;
        try {
            outcome = AtomicFiles.write(chosen.file(), summary.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            prompts.showError(owner.get(), "Could not export " + chosen.file().getFileName(),
                    ErrorTexts.describe(e) + "\n\nThe map is unchanged; try exporting somewhere else.");
            return;
        }
        documents.announce(DocumentController.withNote("Exported the thread summary to "
                + chosen.file().toAbsolutePath() + " (" + summary.length() + " of " + budget + " characters)", outcome));
    }
}
