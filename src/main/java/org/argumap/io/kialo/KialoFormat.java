package org.argumap.io.kialo;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.InputFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/**
 * Kialo's text export, read into a map: the older format ({@code Discussion Title:}, one line per
 * claim) and the newer one ({@code Discussion Name:}, indented headers with the text below, a
 * {@code Sources:} footer). Specified in {@code src/site/markdown/formats/kialo.md}.
 *
 * <p>Kialo saves its exports as plain {@code .txt}; this reader claims {@code .kialo.txt} and
 * {@code .kialo}, so a plain {@code .txt} is read with {@code --from kialo} (or by choosing the
 * format in the import dialog). Reading only: Kialo imports nothing back.
 */
public final class KialoFormat {
    public static final String NAME = "kialo";

    public static final MapReader READER = MapReader.of(NAME, "Kialo text export", List.of(".kialo.txt", ".kialo"),
            KialoFormat::read);

    private KialoFormat() {
    }

    public static ReadResult read(Path file) throws MapReadException {
        return read(InputFiles.read(file), file);
    }

    /** Reads an export from bytes; {@code file} is what messages call the input. */
    public static ReadResult read(byte[] content, Path file) throws MapReadException {
        KialoDocument document = new KialoParser(KialoText.lines(content, file), file).parse();
        return new KialoMapBuilder(document).build();
    }
}
