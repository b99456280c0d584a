package org.argumap.ui.picture;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.argumap.io.AtomicFiles;
import org.argumap.model.ArgumentMap;
import org.argumap.present.PresentationStep;
import org.argumap.present.PresentationSteps;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.handout.HandoutPdf;
import org.argumap.render.handout.StepLimit;
import org.argumap.render.handout.StepSlides;
import org.argumap.render.picture.PageSize;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.BackgroundWork;
import org.argumap.ui.dialog.ChosenFile;
import org.argumap.ui.dialog.ErrorTexts;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.FormatFilter;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.exchange.ImportNames;

/**
 * File › Export Handout…: the presentation's steps (View › Presentation Steps…) as a PDF handout,
 * the whole map then a page per step with its notes, in the print style for paper; or as
 * PowerPoint slides, one per step with the notes, in the colours on screen for a projector. The
 * file type picked in the chooser, or the name's ending, decides which.
 */
public final class HandoutExporter {
    static final FormatFilter PDF = new FormatFilter("PDF handout", List.of("*.pdf"), "handout-pdf");
    static final FormatFilter SLIDES = new FormatFilter("PowerPoint slides", List.of("*.pptx"), "slides-pptx");

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final FileDialogs files;
    private final Prompts prompts;
    private final Supplier<Window> owner;

    public HandoutExporter(DocumentController documents, MapCanvas canvas, FileDialogs files, Prompts prompts,
                           Supplier<Window> owner) {
        this.documents = Objects.requireNonNull(documents);
        this.canvas = Objects.requireNonNull(canvas);
        this.files = Objects.requireNonNull(files);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
    }

    /** File › Export Handout…. */
    public void exportHandout() {
        documents.commitPendingEdits();
        MapDocument document = documents.document();
        String name = ImportNames.exportName(document.name(), " handout.pdf");
        files.chooseExportTarget(owner.get(), List.of(PDF, SLIDES), PDF, name)
                .ifPresent(chosen -> export(document, chosen));
    }

    /** Writes the handout or the slides in the background; says so in the status line when done. */
    BackgroundWork<AtomicFiles.Outcome> export(MapDocument document, ChosenFile chosen) {
        boolean slides = isSlides(chosen);
        Path file = withEnding(chosen.file(), slides ? ".pptx" : ".pdf");
        ArgumentMap map = document.map();
        List<PresentationStep> steps = PresentationSteps.of(map);
        String title = map.info().title().isBlank() ? document.name() : map.info().title();
        MapPalette palette = slides ? canvas.palette() : MapPalette.PRINT;
        var layout = canvas.layoutStyle().layout();
        return BackgroundWork.start(owner.get(), "Exporting " + file.getFileName(), () -> {
            StepLimit.check(steps);
            MapRenderer renderer = new MapRenderer(map, layout, palette);
            return AtomicFiles.write(file, slides ? StepSlides.write(renderer, steps, title)
                    : HandoutPdf.write(renderer, steps, PageSize.A4, title));
        }, outcome -> documents.announce(DocumentController.withNote("Exported " + file.toAbsolutePath() + " ("
                + (slides ? "slides, " : "handout, ") + steps.size() + (steps.size() == 1 ? " step)" : " steps)"),
                outcome)),
                error -> prompts.showError(owner.get(), "Could not export " + file.getFileName(),
                        (error instanceof Exception e ? ErrorTexts.describe(e) : String.valueOf(error))
                                + "\n\nThe map is unchanged."));
    }

    private static boolean isSlides(ChosenFile chosen) {
        String name = chosen.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pptx")) {
            return true;
        }
        return !name.endsWith(".pdf") && SLIDES.formatName().equals(chosen.formatName());
    }

    private static Path withEnding(Path file, String ending) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ending) ? file : file.resolveSibling(name + ending);
    }
}
