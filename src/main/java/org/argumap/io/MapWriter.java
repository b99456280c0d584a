package org.argumap.io;

import java.io.IOException;
import java.util.List;
import org.argumap.model.ArgumentMap;

/**
 * Writes a map in one format. Writers are deterministic: the same map gives the same bytes.
 * What a format cannot hold is dropped in the least surprising way and said in the writer's
 * javadoc and in the format's page under src/site/markdown/formats.
 */
public interface MapWriter {
    /** The name used by {@code --to} and in menus, such as {@code aif}. */
    String name();

    /** A name for people, such as "AIF JSON". */
    String label();

    /** File name endings, lower case with the dot; the first is the default. */
    List<String> extensions();

    /** The map as this format's bytes. */
    byte[] write(ArgumentMap map) throws IOException;

    /** How a format turns a map into bytes. */
    @FunctionalInterface
    interface Writing {
        byte[] write(ArgumentMap map) throws IOException;
    }

    /** A writer made of its names and its writing function. */
    static MapWriter of(String name, String label, List<String> extensions, Writing writing) {
        return new SimpleMapWriter(name, label, List.copyOf(extensions), writing);
    }
}

/** The plain writer of {@link MapWriter#of}. */
record SimpleMapWriter(String name, String label, List<String> extensions, MapWriter.Writing writing)
        implements MapWriter {
    @Override
    public byte[] write(ArgumentMap map) throws IOException {
        byte[] output = writing.write(map);
        if (Limits.READ_BACK.contains(name)) {
            Limits.STANDARD.checkWritten(name, output, map);
        }
        return output;
    }
}
