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
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.Prompts;

/**
 * File › Print… (Ctrl+P): a preview with the choice of paper, fit or tiles and the print style,
 * then the platform's print dialog, then the pages, drawn by the same code as the PDF export.
 */
public final class MapPrinter {
    private final DocumentController documents;
    private final MapCanvas canvas;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final Supplier<PrinterJob> jobs;
    private PrintSettings last = PrintSettings.DEFAULT;

    public MapPrinter(DocumentController documents, MapCanvas canvas, Prompts prompts, Supplier<Window> owner) {
        this(documents, canvas, prompts, owner, PrinterJob::createPrinterJob);
    }

    /** @param jobs a new print job, or null when the computer has no printer; a seam for tests */
    MapPrinter(DocumentController documents, MapCanvas canvas, Prompts prompts, Supplier<Window> owner,
               Supplier<PrinterJob> jobs) {
        this.documents = Objects.requireNonNull(documents);
        this.canvas = Objects.requireNonNull(canvas);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
        this.jobs = Objects.requireNonNull(jobs);
    }

    /** File › Print…. */
    public void print() {
        documents.commitPendingEdits();
        PrinterJob job = jobs.get();
        if (job == null) {
            prompts.showError(owner.get(), "No printer is set up",
                    "Argumap found no printer on this computer. Export the map as a PDF with File › Export"
                            + " Picture… and print that, or set up a printer and try again.");
            return;
        }
        PrintPreviewDialog preview = preview();
        preview.initOwner(owner.get());
        preview.showAndWait().ifPresentOrElse(settings -> {
            last = settings;
            if (job.showPrintDialog(owner.get())) {
                send(job, preview.pages(), settings);
            } else {
                job.cancelJob();
            }
        }, job::cancelJob);
    }

    /** The preview of the open map, starting on the last settings used. */
    PrintPreviewDialog preview() {
        MapDocument document = documents.document();
        ArgumentMap map = document.map();
        String title = map.info().title().isBlank() ? document.name() : map.info().title();
        var layout = canvas.layoutStyle().layout();
        MapPalette onScreen = canvas.palette();
        // Laid out once per style, and only when the preview first asks for it.
        MapRenderer[] renderers = new MapRenderer[2];
        return new PrintPreviewDialog(last, settings -> {
            int style = settings.printStyle() ? 1 : 0;
            if (renderers[style] == null) {
                renderers[style] = new MapRenderer(map, layout, settings.printStyle() ? MapPalette.PRINT : onScreen);
            }
            return new PrintedPages(renderers[style], settings, title);
        });
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
