package org.argumap.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The formats {@code --from} names. All of DESIGN.md's importable formats are listed now, so the
 * option's help and error messages stay the same as readers arrive; {@link MapInput} knows which
 * of them can actually be read yet.
 */
enum InputFormat {
    ARGUMAP, ARGDOWN, AIF, KIALO, REDDIT, LEMMY;

    /** The name users type, as in {@code --from reddit}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String labels() {
        return Arrays.stream(values()).map(InputFormat::label).collect(Collectors.joining(", "));
    }

    /**
     * The format a file is in when {@code --from} is not given. Only Argdown has extensions of its
     * own; every other format is JSON (or Kialo's plain text), so anything else is taken for a
     * native map and the native reader says clearly if it is not one.
     */
    static InputFormat guess(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".argdown") || lower.endsWith(".ad") ? ARGDOWN : ARGUMAP;
    }

    /** Lower-case names in help and errors, where picocli's own enum handling would show ARGUMAP. */
    static final class Converter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            for (InputFormat format : values()) {
                if (format.label().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new TypeConversionException("unknown format '" + value + "' (known: " + labels() + ")");
        }
    }
}
