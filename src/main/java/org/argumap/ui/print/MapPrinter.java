package org.argumap.ui.print;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.argumap.model.ArgumentMap;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.picture.PageSize;
import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.picture.PictureExporter;
import org.argumap.ui.picture.PictureRequest;

/**
 * File › Print… (Ctrl+P): a preview with the choice of paper, fit or tiles and the print style,
 * then the platform's print dialog, then the pages, drawn by the same code as the PDF export.
 * The same pages can be saved as a PDF from the preview instead.
 */
public final class MapPrinter {
    private final DocumentController documents;
    private final MapCanvas canvas;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final PictureExporter pictures;
    private final Supplier<PrinterJob> jobs;
    private PrintSettings last = PrintSettings.DEFAULT;

    public MapPrinter(DocumentController documents, MapCanvas canvas, Prompts prompts, Supplier<Window> owner,
                      PictureExporter pictures) {
        this(documents, canvas, prompts, owner, pictures, PrinterJob::createPrinterJob);
    }

    /** @param jobs a new print job, or null when the computer has no printer; a seam for tests */
    MapPrinter(DocumentController documents, MapCanvas canvas, Prompts prompts, Supplier<Window> owner,
               PictureExporter pictures, Supplier<PrinterJob> jobs) {
        this.documents = Objects.requireNonNull(documents);
        this.canvas = Objects.requireNonNull(canvas);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
        this.pictures = Objects.requireNonNull(pictures);
        this.jobs = Objects.requireNonNull(jobs);
    }

    /** File › Print…. */
    public void print() {
        documents.commitPendingEdits();
        PrintPreviewDialog preview = preview();
        preview.initOwner(owner.get());
        preview.showAndWait().ifPresent(choice -> {
            last = choice.settings();
            if (choice.toPdf()) {
                saveAsPdf(choice.settings());
            } else {
                printPages(preview.pages(), choice.settings());
            }
        });
    }

    /** The preview of the open map, starting on the last settings used. */
    PrintPreviewDialog preview() {
        MapDocument document = documents.document();
        ArgumentMap map = document.map();
        String title = map.info().title().isBlank() ? document.name() : map.info().title();
        var layout = canvas.layoutStyle().layout();
        MapPalette onScreen = canvas.palette();
        var evaluation = canvas.evaluation();
        // Laid out once per style, and only when the preview first asks for it.
        MapRenderer[] renderers = new MapRenderer[2];
        return new PrintPreviewDialog(last, settings -> {
            int style = settings.printStyle() ? 1 : 0;
            if (renderers[style] == null) {
                renderers[style] = new MapRenderer(map, layout, settings.printStyle() ? MapPalette.PRINT : onScreen)
                        .withEvaluation(evaluation);
            }
            return new PrintedPages(renderers[style], settings, title);
        });
    }

    private void printPages(PrintedPages pages, PrintSettings settings) {
        PrinterJob job = jobs.get();
        if (job == null) {
            prompts.showError(owner.get(), "No printer is set up",
                    "Argumap found no printer on this computer. Choose Save as PDF… in the print preview to keep"
                            + " the same pages as a PDF, or set up a printer and try again.");
            return;
        }
        if (job.showPrintDialog(owner.get())) {
            if (!send(job, pages, settings)) {
                prompts.showError(owner.get(), "The map was not printed", "The printer did not take the pages ("
                        + job.getJobStatus() + "). Try again, or save them as a PDF.");
            }
        } else {
            job.cancelJob();
        }
    }

    private void saveAsPdf(PrintSettings settings) {
        pictures.chooseFileAndExport(documents.document(), new PictureRequest(PictureFormat.PDF,
                PictureOptions.defaults().withPage(settings.paper(), settings.tiled()), settings.printStyle()));
    }

    /** Each page onto the printer's printable area of the chosen paper, turned to match the page. */
    static boolean send(PrinterJob job, PrintedPages pages, PrintSettings settings) {
        Printer printer = job.getPrinter();
        for (int i = 0; i < pages.pages().size(); i++) {
            PageLayout layout = printer.createPageLayout(paper(settings.paper()),
                    pages.isLandscape(i) ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                    Printer.MarginType.HARDWARE_MINIMUM);
            if (!job.printPage(layout, pages.draw(i, layout.getPrintableWidth(), layout.getPrintableHeight()))) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }

    private static Paper paper(PageSize size) {
        return switch (size) {
            case A4 -> Paper.A4;
            case LETTER -> Paper.NA_LETTER;
            case A3 -> Paper.A3;
        };
    }
}
