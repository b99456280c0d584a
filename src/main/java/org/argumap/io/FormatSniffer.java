package org.argumap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argumap.io.thread.ThreadShapes;

/**
 * Tells a file's format by its content, not its name: a Kialo export saved as {@code .txt}, a Reddit
 * response saved as {@code .json}, a map without an extension. Looks at the first
 * {@value #SAMPLE_BYTES} bytes only, so recognising is quick even for a large file, and asks each
 * registered {@link ContentRecogniser} in turn; the first that recognises the sample names the
 * reader. The import dialog, dropped files and the command line all ask here, after the file's
 * name (a name that ends with a format's own extension still decides).
 */
public final class FormatSniffer {
    /** Enough for the outline of a thread's or a map's first objects, and for 200 lines of text. */
    public static final int SAMPLE_BYTES = 256 * 1024;

    /**
     * Every recogniser, most particular first: the JSON formats, each of which says something only
     * it says, then the text formats. A new format adds its recogniser here (its reader must be in
     * {@link MapFormats}).
     */
    static final List<ContentRecogniser> RECOGNISERS = List.of(
            ContentRecognisers.ARGUMAP,
            ThreadShapes.REDDIT,
            ThreadShapes.LEMMY,
            ThreadShapes.HACKER_NEWS,
            ThreadShapes.DISCOURSE,
            ContentRecognisers.AIF,
            ContentRecognisers.KIALO,
            ContentRecognisers.ARGDOWN);

    private FormatSniffer() {
    }

    /** The reader of the format these bytes are in, or empty when no recogniser knows them. */
    public static Optional<MapReader> recognise(byte[] content) {
        ContentSample sample = ContentSample.of(content, Math.min(content.length, SAMPLE_BYTES));
        return RECOGNISERS.stream()
                .filter(recogniser -> recognises(recogniser, sample))
                .findFirst()
                .flatMap(recogniser -> MapFormats.reader(recogniser.format()));
    }

    /**
     * The reader of the format this file is in, from its first bytes; empty when no recogniser knows
     * them or the file cannot be read (reading it in earnest then says why).
     */
    public static Optional<MapReader> recognise(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return recognise(in.readNBytes(SAMPLE_BYTES));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean recognises(ContentRecogniser recogniser, ContentSample sample) {
        try {
            return recogniser.recognises(sample);
        } catch (RuntimeException e) {
            // A recogniser's slip must not stop the others from answering, nor the import.
            return false;
        }
    }
}
