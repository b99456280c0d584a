package org.argumap.io.argdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.argumap.io.MapReader;
import org.argumap.io.MapWriter;
import org.argumap.model.ArgumentMap;

/**
 * Argdown ({@code .argdown}, {@code .ad}) in and out, read as Argdown 1.7.5 reads it; the mapping
 * to the map is described in {@code src/site/markdown/formats/argdown.md}.
 *
 * <p>What the writer drops (said once here, as {@link MapWriter} asks): line breaks, tabs, control
 * characters and runs of spaces in texts and titles; characters a title cannot hold (a look-alike
 * stands in), and the colon of {@code ]:} or {@code >:} in a tag written right after a bare title
 * (a full-width one stands in); duplicate titles get " (2)"; untitled inferences that must be
 * written as arguments get a title; a support or whole-argument attack aimed at an inner step of a
 * reconstruction is aimed at the argument; the map's modification time and all positions.
 * Everything else Argumap reads back, some of it through {data} ({@code kind}, {@code author},
 * {@code url}, {@code type}, {@code flavour}, …) and through arguments standing in for inferences a
 * relation cannot express. A map without statements gives a document Argdown itself refuses
 * (Argumap reads it).
 */
public final class ArgdownFormat {
    public static final String NAME = "argdown";
    public static final String LABEL = "Argdown";
    public static final List<String> EXTENSIONS = List.of(".argdown", ".ad");

    public static final MapReader READER = MapReader.of(NAME, LABEL, EXTENSIONS, ArgdownReader::read);

    public static final MapWriter WRITER = MapWriter.of(NAME, LABEL, EXTENSIONS,
            map -> writeToString(map).getBytes(StandardCharsets.UTF_8));

    private ArgdownFormat() {
    }

    /** The map as Argdown text; the same map always gives the same text. */
    public static String writeToString(ArgumentMap map) {
        return new ArgdownWriter(map).write();
    }
}
