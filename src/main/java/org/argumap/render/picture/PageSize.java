package org.argumap.render.picture;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The paper a PDF is laid out for, in PostScript points (1/72 inch), portrait. */
public enum PageSize {
    A4("A4", 595.28, 841.89),
    LETTER("Letter", 612, 792),
    A3("A3", 841.89, 1190.55);

    private final String label;
    private final double width;
    private final double height;

    PageSize(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public String label() {
        return label;
    }

    /** The portrait width in points. */
    public double width() {
        return width;
    }

    /** The portrait height in points. */
    public double height() {
        return height;
    }

    public static Optional<PageSize> named(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.label.toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
