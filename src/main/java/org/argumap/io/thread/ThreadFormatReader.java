package org.argumap.io.thread;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/** A thread format as a registered reader, with the options it was made with. */
final class ThreadFormatReader implements MapReader {
    /** How one site's JSON is read. */
    @FunctionalInterface
    interface Reading {
        ReadResult read(byte[] content, Path file, ThreadImportOptions options) throws MapReadException;
    }

    private final String name;
    private final String label;
    private final List<String> extensions;
    private final Reading reading;
    private final ThreadImportOptions options;

    ThreadFormatReader(String name, String label, List<String> extensions, Reading reading, ThreadImportOptions options) {
        this.name = name;
        this.label = label;
        this.extensions = List.copyOf(extensions);
        this.reading = reading;
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> extensions() {
        return extensions;
    }

    @Override
    public ReadResult read(byte[] content, Path file) throws MapReadException {
        return reading.read(content, file, options);
    }
}
