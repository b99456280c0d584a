package org.argumap.ui.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.io.AtomicFiles;
import org.argumap.io.MapFormats;
import org.argumap.io.MapWriter;
import org.argumap.io.outline.OutlineFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.dialog.ChosenFile;
import org.argumap.ui.dialog.ErrorTexts;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.FormatFilter;
import org.argumap.ui.dialog.Prompts;

/**
 * File › Export…: the open map in another format, written atomically. Export is not Save: the map
 * keeps its file and its unsaved state, since an Argdown or Markdown copy cannot be opened back
 * as the same map.
 */
public final class MapExporter {
    private final DocumentController documents;
    private final FileDialogs files;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    /**
     * The chooser starts on the last format used; at first on the outline, the summary a moderator
     * or teacher hands on (the native format has Save As).
     */
    private MapWriter lastWriter = OutlineFormat.WRITER;
    private SummaryExporter summaries;

    public MapExporter(DocumentController documents, FileDialogs files, Prompts prompts,
            Supplier<Window> owner) {
        this.documents = Objects.requireNonNull(documents);
        this.files = Objects.requireNonNull(files);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
    }

    /** File › Export Thread Summary…, with the same dialogs and window. */
    public SummaryExporter summaries() {
        if (summaries == null) {
            summaries = new SummaryExporter(documents, files, prompts, owner);
        }
        return summaries;
    }

    /** File › Export…. */
    public void exportMap() {
        documents.commitPendingEdits();
        MapDocument document = documents.document();
        List<FormatFilter> filters = FormatFilters.forExport();
        FormatFilter selected = FormatFilters.exportFilter(filters, lastWriter);
        String extension = MapFormats.writer(selected.formatName()).orElse(lastWriter).extensions().get(0);
        files.chooseExportTarget(owner.get(), filters, selected, ImportNames.exportName(document.name(), extension))
                .ifPresent(chosen -> export(document.map(), chosen));
    }

    /** Writes the map to the chosen file; true if it was written. */
    public boolean export(ArgumentMap map, ChosenFile chosen) {
        Optional<ExportTarget> target = ExportTarget.of(chosen);
        if (target.isEmpty()) {
            prompts.showError(owner.get(), "Cannot export to " + chosen.file().getFileName(),
                    "Argumap cannot tell the format from this name. Choose a format in the list of file types,"
                            + " or end the name with one of: " + extensions() + ".");
            return false;
        }
        ExportTarget export = target.get();
        MapWriter writer = withEvaluation(export.writer(), map);
        AtomicFiles.Outcome outcome;
        try {
            outcome = AtomicFiles.write(export.file(), writer.write(map));
        } catch (IOException | RuntimeException e) {
            prompts.showError(owner.get(), "Could not export " + export.file().getFileName(),
                    ErrorTexts.describe(e) + "\n\nThe map is unchanged; try exporting somewhere else.");
            return false;
        }
        lastWriter = export.writer();
        documents.announce(DocumentController.withNote(
                "Exported " + export.file().toAbsolutePath() + " (" + export.writer().label() + ")", outcome));
        return true;
    }

    /** The outline says which claims stand, as the map is now (io may not ask the analysis itself). */
    private static MapWriter withEvaluation(MapWriter writer, ArgumentMap map) {
        if (!writer.name().equals(OutlineFormat.NAME)) {
            return writer;
        }
        Evaluation evaluation = Evaluator.evaluate(map);
        return OutlineFormat.writer(statement -> evaluation.label(statement.id()).word());
    }

    private static String extensions() {
        return String.join(", ", MapFormats.writers().stream().flatMap(w -> w.extensions().stream()).toList());
    }
}
