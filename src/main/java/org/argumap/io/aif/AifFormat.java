package org.argumap.io.aif;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.Limits;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.MapWriter;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.io.json.LocatedTree;

/**
 * AIF JSON, the Argument Interchange Format as AIFdb and OVA3 write it, in and out; the mapping is
 * described in {@code src/site/markdown/formats/aif.md}.
 *
 * <p>{@link #READER} reads a bare AIFdb nodeset {"nodes", "edges", "locutions"} and the OVA3/xAIF
 * wrapper {"AIF": {…}, "OVA": {…}, "text": …}. It claims {@code .aif.json} and {@code .aif} (and
 * {@code .aifdb.json}); AIF files that end in plain {@code .json} need {@code --from aif}, because
 * {@code .json} alone is also a thread export. {@link #WRITER} writes the OVA3/xAIF wrapper, which
 * keeps the layout; {@link #NODESET_WRITER} the bare nodeset that AIFdb takes.
 *
 * <p>What a writer drops (said once here, as {@link MapWriter} asks): nothing Argumap reads back;
 * for other AIF tools, everything without an AIF counterpart (evidence details, titles, tags,
 * notes, data, flavours, the map's title) lives only in {@code "argumap"} fields, replies look like
 * RA nodes named "Reply" and off-topic replies RA nodes named "Off-topic", and the bare nodeset has
 * no layout.
 */
public final class AifFormat {
    public static final String NAME = "aif";
    public static final String LABEL = "AIF JSON";
    public static final List<String> EXTENSIONS = List.of(".aif.json", ".aif");
    /**
     * AIF is read whole (edges may name nodes that come later), as a tree of about fifteen times the
     * file's size; 32 MB, some 200,000 nodes, is far beyond real analyses and still fits in memory.
     */
    public static final int MAX_BYTES = (int) Limits.STANDARD.maxAifBytes();

    public static final MapReader READER = MapReader.of(NAME, LABEL, List.of(".aif.json", ".aif", ".aifdb.json"),
            AifFormat::read);

    /** The OVA3/xAIF wrapper: nodeset, layout, analysed text. */
    public static final MapWriter WRITER = writer(NAME, LABEL + " (OVA3/xAIF)", EXTENSIONS, true);

    /** The bare AIFdb nodeset: nodes, edges, locutions; no layout. */
    public static final MapWriter NODESET_WRITER = writer("aifdb", LABEL + " (AIFdb nodeset)", List.of(".aifdb.json"), false);

    private AifFormat() {
    }

    /** Reads AIF JSON; {@code file} is what messages call the input. */
    public static ReadResult read(byte[] content, Path file) throws MapReadException {
        if (content.length > MAX_BYTES) {
            throw new MapReadException(file, 0, 0, "The file is " + content.length / (1024 * 1024) + " MB; Argumap reads AIF"
                    + " files of up to " + MAX_BYTES / (1024 * 1024) + " MB (an AIF file is read whole, which takes about"
                    + " fifteen times its size in memory).");
        }
        Warnings warnings = new Warnings();
        LocatedTree tree = LocatedTree.parse(content, file);
        AifDocument document = new AifDocumentReader(tree, file, warnings).read();
        ArgumentMap map = new AifMapBuilder(document, warnings).build();
        return new ReadResult(map, warnings.sorted());
    }

    /** The map as AIF JSON: the OVA3/xAIF wrapper if {@code wrapped}, else the bare nodeset. */
    public static byte[] write(ArgumentMap map, boolean wrapped) {
        return new AifWriter(wrapped).write(map);
    }

    private static MapWriter writer(String name, String label, List<String> extensions, boolean wrapped) {
        return MapWriter.of(name, label, extensions, map -> AifFormat.write(map, wrapped));
    }
}
