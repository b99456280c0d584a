package org.argumap.io;

import java.nio.file.Path;

/**
 * Input that cannot be read as a map, with where and why, in words for the person who chose the
 * file. The message reads {@code FILE:LINE:COL: reason}, the form compilers use, so that editors
 * and terminals can jump to the place. Line and column count from 1; 0 means unknown.
 */
public final class MapReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public MapReadException(Path file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public MapReadException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.reason = reason;
    }

    /** The file that could not be read; may be a name such as {@code <clipboard>}. */
    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }

    private static String format(Path file, int line, int column, String reason) {
        String name = file == null ? "<input>" : file.toString();
        return name + ":" + Math.max(0, line) + ":" + Math.max(0, column) + ": " + reason;
    }
}
