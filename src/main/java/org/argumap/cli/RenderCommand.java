package org.argumap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.argumap.io.AtomicFiles;
import org.argumap.io.MapReadException;
import org.argumap.layout.LayoutStyle;
import org.argumap.model.ArgumentMap;
import org.argumap.present.PresentationStep;
import org.argumap.present.PresentationSteps;
import org.argumap.render.MapRenderer;
import org.argumap.render.MapTheme;
import org.argumap.render.handout.HandoutPdf;
import org.argumap.render.handout.StepLimit;
import org.argumap.render.handout.StepSlides;
import org.argumap.render.picture.MapPictures;
import org.argumap.render.picture.PageSize;
import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argumap render MAP OUT}: the map as a PNG, SVG or PDF, drawn as the editor draws it; with
 * {@code --handout}, the presentation's handout PDF; to a {@code .pptx}, the presentation's slides.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Reads MAP (any format the editor imports) and draws it to OUT as the editor shows it: a PNG"
                    + " image, an SVG drawing with real text, or a PDF with selectable text, chosen by OUT's"
                    + " ending (.png, .svg, .pdf). With --handout, a PDF of the whole map and a page per"
                    + " presentation step with its notes; to a .pptx, one slide per step with the notes.",
            "Exit status: 0 done, 2 MAP unreadable, OUT unwritable or bad arguments, 3 internal error."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map to draw, or the https:// address of a thread.")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The picture to write (.png, .svg or .pdf; replaced if it exists).")
    private Path out;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The format of MAP: ${COMPLETION-CANDIDATES}. Default: from the file name, else argumap.",
            completionCandidates = CheckCommand.ReaderNames.class)
    private String from;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
            description = "PNG: pixels per point of the map, 1 to 4 (default ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--transparent", description = "PNG: no background.")
    private boolean transparent;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light, dark, high-contrast, projector or print (black-and-white friendly: attacks"
                    + " dashed). Default: ${DEFAULT-VALUE}.")
    private String theme;

    @Option(names = "--page", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF: the paper, A4, Letter or A3 (default ${DEFAULT-VALUE}).")
    private String page;

    @Option(names = "--tile", description = "PDF: print size over several pages that overlap, rather than fitted onto one.")
    private boolean tile;

    @Option(names = "--handout", description = "PDF: the handout of the presentation, the whole map then a page per step.")
    private boolean handout;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "automatic",
            description = "automatic, tree or layered (default ${DEFAULT-VALUE}); boxes the map places keep their place.")
    private String layout;

    @Override
    public Integer call() throws MapReadException, UsageException {
        RenderWarmUp.start();
        boolean slides = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx");
        PictureFormat format = slides ? null : PictureFormat.of(out).orElseThrow(() -> new UsageException(
                "cannot tell the picture format from '" + out + "'; end it with .png, .svg, .pdf or .pptx"));
        if (handout && format != PictureFormat.PDF) {
            throw new UsageException("--handout writes a PDF; end '" + out + "' with .pdf");
        }
        MapTheme look = MapTheme.named(theme).orElseThrow(() -> new UsageException("unknown theme '" + theme
                + "'; use one of " + Arrays.stream(MapTheme.values()).map(MapTheme::optionName)
                .collect(Collectors.joining(", "))));
        PageSize paper = PageSize.named(page).orElseThrow(() -> new UsageException(
                "unknown page size '" + page + "'; use A4, Letter or A3"));
        LayoutStyle style = layoutStyle();
        if (scale < PictureOptions.MIN_SCALE || scale > PictureOptions.MAX_SCALE || Double.isNaN(scale)) {
            throw new UsageException("--scale must be from 1 to 4, not " + scale);
        }
        MapInput input = MapInput.read(in, from);
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : input.result().warnings()) {
            ErrorReporting.printLine(err, MapInput.shown(in) + ": warning: " + warning);
        }
        ArgumentMap map = input.result().map();
        List<PresentationStep> steps = slides || handout ? PresentationSteps.of(map) : List.of();
        MapPictures.Picture picture;
        try {
            StepLimit.check(steps);
            MapRenderer renderer = new MapRenderer(map, style.layout(), look.palette());
            if (slides) {
                picture = new MapPictures.Picture(StepSlides.write(renderer, steps, map.info().title()), List.of());
            } else if (handout) {
                picture = new MapPictures.Picture(HandoutPdf.write(renderer, steps, paper, map.info().title()),
                        List.of());
            } else {
                picture = MapPictures.write(renderer, format, PictureOptions.defaults().withScale(scale)
                        .withTransparent(transparent).withPage(paper, tile).withTitle(map.info().title()));
            }
        } catch (IOException e) {
            throw new UsageException("could not draw '" + in + "': " + e.getMessage());
        }
        for (String note : picture.notes()) {
            ErrorReporting.printLine(err, out + ": note: " + note);
        }
        AtomicFiles.Outcome outcome;
        try {
            outcome = AtomicFiles.write(out, picture.bytes());
        } catch (IOException e) {
            throw new UsageException("could not write '" + out + "': " + e.getMessage());
        }
        if (!outcome.note().isEmpty()) {
            ErrorReporting.printLine(err, out + ": warning: " + outcome.note());
        }
        return ExitStatus.OK;
    }

    private LayoutStyle layoutStyle() throws UsageException {
        for (LayoutStyle style : LayoutStyle.values()) {
            if (style.name().toLowerCase(Locale.ROOT).equals(layout.strip().toLowerCase(Locale.ROOT))) {
                return style;
            }
        }
        throw new UsageException("unknown layout '" + layout + "'; use automatic, tree or layered");
    }
}
