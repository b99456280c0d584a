package org.argumap.ui.picture;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.argumap.io.AtomicFiles;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.picture.MapPictures;
import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;
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
 * File › Export Picture…: asks how (PNG, SVG or PDF, the whole map or the selection), then where,
 * then draws the map off the FX thread with the canvas's own painting code and writes the file
 * atomically. The map is laid out afresh as the canvas lays it out, with nothing collapsed, so a
 * picture shows all of it; the map and its unsaved state are left as they were.
 */
public final class PictureExporter {
    private final DocumentController documents;
    private final MapCanvas canvas;
    private final FileDialogs files;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final PictureQuestion question;
    private PictureRequest last = new PictureRequest(PictureFormat.PNG, PictureOptions.defaults(), false);

    /** How a picture was written, and what the user should know about how it was drawn. */
    public record Written(AtomicFiles.Outcome outcome, List<String> notes) {
    }

    /** Shows the dialog and returns the answer, or null; a seam for tests. */
    @FunctionalInterface
    public interface PictureQuestion {
        PictureRequest ask(PictureExportDialog dialog);
    }

    public PictureExporter(DocumentController documents, MapCanvas canvas, FileDialogs files, Prompts prompts,
                           Supplier<Window> owner) {
        this(documents, canvas, files, prompts, owner, dialog -> dialog.showAndWait().orElse(null));
    }

    public PictureExporter(DocumentController documents, MapCanvas canvas, FileDialogs files, Prompts prompts,
                           Supplier<Window> owner, PictureQuestion question) {
        this.documents = Objects.requireNonNull(documents);
        this.canvas = Objects.requireNonNull(canvas);
        this.files = Objects.requireNonNull(files);
        this.prompts = Objects.requireNonNull(prompts);
        this.owner = Objects.requireNonNull(owner);
        this.question = Objects.requireNonNull(question);
    }

    /** File › Export Picture…. */
    public void exportPicture() {
        documents.commitPendingEdits();
        MapDocument document = documents.document();
        Set<String> selected = statementsIn(document.map(), canvas.selection().ids());
        PictureExportDialog dialog = new PictureExportDialog(last, selected, this::areaOnCanvas);
        dialog.initOwner(owner.get());
        PictureRequest request = question.ask(dialog);
        if (request == null) {
            return;
        }
        last = request;
        chooseFileAndExport(document, request);
    }

    /** Asks where to write the picture (of the request's format), then exports it there. */
    public void chooseFileAndExport(MapDocument document, PictureRequest request) {
        PictureFormat format = request.format();
        FormatFilter filter = new FormatFilter(format.label(), List.of("*" + format.extension()), null);
        files.chooseExportTarget(owner.get(), List.of(filter), filter, suggestedName(document, format))
                .map(ChosenFile::file)
                .map(file -> withExtension(file, format))
                .ifPresent(file -> export(document, request, file));
    }

    /** Draws and writes the picture in the background; says so in the status line when done. */
    public BackgroundWork<Written> export(MapDocument document, PictureRequest request, Path file) {
        ArgumentMap map = document.map();
        MapPalette palette = request.printStyle() ? MapPalette.PRINT : canvas.palette();
        PictureOptions options = request.options().withTitle(map.info().title().isBlank() ? document.name()
                : map.info().title());
        var layout = canvas.layoutStyle().layout();
        var evaluation = canvas.evaluation();
        return BackgroundWork.start(owner.get(), "Exporting " + file.getFileName(), () -> {
            MapPictures.Picture picture = MapPictures.write(new MapRenderer(map, layout, palette).withEvaluation(evaluation),
                    request.format(),
                    options);
            return new Written(AtomicFiles.write(file, picture.bytes()), picture.notes());
        }, written -> documents.announce(DocumentController.withNote("Exported " + file.toAbsolutePath() + " ("
                + request.format().label() + ")" + (written.notes().isEmpty() ? "" : ". " + written.notes().get(0)),
                written.outcome())),
                error -> prompts.showError(owner.get(), "Could not export " + file.getFileName(),
                        (error instanceof Exception e ? ErrorTexts.describe(e) : String.valueOf(error))
                                + "\n\nThe map is unchanged; try exporting somewhere else."));
    }

    /** The area a picture of these boxes would cover, from the canvas's layout: for the sizes the dialog shows. */
    private Rect areaOnCanvas(Set<String> only) {
        Rect bounds = null;
        for (var entry : canvas.geometry().rects().entrySet()) {
            if ((only.isEmpty() || only.contains(entry.getKey())) && canvas.map().statement(entry.getKey()) != null) {
                bounds = bounds == null ? entry.getValue() : bounds.union(entry.getValue());
            }
        }
        return bounds == null ? null : bounds.expanded(MapRenderer.MARGIN);
    }

    private static Set<String> statementsIn(ArgumentMap map, Set<String> ids) {
        return Set.copyOf(ids.stream().filter(id -> map.statement(id) != null).toList());
    }

    private static String suggestedName(MapDocument document, PictureFormat format) {
        return ImportNames.exportName(document.name(), format.extension());
    }

    /** A name typed without its ending gets it, so the file opens in the right program. */
    static Path withExtension(Path file, PictureFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(format.extension()) ? file
                : file.resolveSibling(name + format.extension());
    }
}
