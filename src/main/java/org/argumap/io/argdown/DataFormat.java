package org.argumap.io.argdown;

import java.util.Map;
import org.argumap.io.argdown.YamlReader.YamlException;

/**
 * {data} as the writer writes it: one flow mapping on one line. A value that was a YAML list or
 * mapping (the reader keeps those in flow style) is written as such again; any other value is a
 * plain or quoted scalar. Two things in YAML that Argdown reads as syntax are kept out of it:
 * braces in quotes are escaped, since Argdown ends {data} at a brace followed by white space even
 * inside quotes; and {@code >:} and {@code ]:} never occur, since on a line starting with a bare
 * reference ({@code <Title> {data}}) Argdown reads everything up to the first {@code >:} as an
 * argument definition ({@code [Title]} likewise up to {@code ]:}), taking the {data} for part of a
 * title. A key ending in {@code >} or {@code ]} is quoted, and in quotes such a character before
 * a colon is escaped.
 */
final class DataFormat {
    private DataFormat() {
    }

    static String format(Map<String, String> data) {
        if (data.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("{");
        String separator = "";
        for (Map.Entry<String, String> entry : data.entrySet()) {
            out.append(separator).append(scalar(entry.getKey(), true)).append(": ").append(value(entry.getValue()));
            separator = ", ";
        }
        return out.append('}').toString();
    }

    private static String value(String value) {
        if (value.startsWith("[") || value.startsWith("{")) {
            try {
                Object parsed = YamlReader.parseFlow(value);
                if (YamlText.toFlow(parsed).equals(value)) {
                    StringBuilder out = new StringBuilder();
                    YamlText.writeFlow(parsed, out, k -> scalar(k, true), v -> scalar(v, false));
                    return out.toString();
                }
            } catch (YamlException notFlow) {
                // written as a quoted string
            }
        }
        return scalar(value, false);
    }

    /**
     * A key or scalar value as YAML reads it back, without {@code >:} or {@code ]:}: a key is
     * followed by a colon, so one ending in {@code >} or {@code ]} is quoted too.
     */
    private static String scalar(String value, boolean key) {
        String written = YamlText.scalar(value);
        boolean closesTitle = written.contains(">:") || written.contains("]:")
                || key && (written.endsWith(">") || written.endsWith("]"));
        if (!closesTitle) {
            return written;
        }
        // Inside double quotes; YamlText.quote writes no escape that holds > or ].
        return YamlText.quote(value).replace(">:", "\\u003E:").replace("]:", "\\u005D:");
    }
}
