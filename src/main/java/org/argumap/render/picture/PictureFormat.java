package org.argumap.render.picture;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of picture a map can be exported as, known by their file name endings. */
public enum PictureFormat {
    PNG("PNG image", ".png"),
    SVG("SVG drawing", ".svg"),
    PDF("PDF document", ".pdf");

    private final String label;
    private final String extension;

    PictureFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The ending with its dot, lower case. */
    public String extension() {
        return extension;
    }

    public static Optional<PictureFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith(f.extension)).findFirst();
    }
}
