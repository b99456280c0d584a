package org.argumap.ui.dialog;

import org.argumap.io.MapReadException;
import org.argumap.io.SaveFailures;

/** Words for read errors, for people rather than compilers. */
public final class ErrorTexts {
    private ErrorTexts() {
    }

    /** The name of the file that failed, without its directory. */
    public static String fileName(MapReadException error) {
        if (error.file() == null || error.file().getFileName() == null) {
            return "the map";
        }
        return error.file().getFileName().toString();
    }

    /**
     * "Line 4, column 17: reason", then the full path on a line of its own; the place is left out
     * when the reader could not tell it (line 0), as for a missing file.
     */
    public static String describe(MapReadException error) {
        StringBuilder text = new StringBuilder();
        if (error.line() > 0) {
            text.append("Line ").append(error.line());
            if (error.column() > 0) {
                text.append(", column ").append(error.column());
            }
            text.append(": ");
        }
        text.append(error.reason());
        if (error.file() != null) {
            text.append("\n\nFile: ").append(error.file().toAbsolutePath());
        }
        return text.toString();
    }

    /**
     * A failed write in words: Java's file exceptions carry only the path as their message, so
     * the kind of failure is spelled out.
     */
    public static String describe(Exception error) {
        return SaveFailures.systemText(error);
    }
}
