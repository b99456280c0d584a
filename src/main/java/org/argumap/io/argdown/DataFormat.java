package org.argumap.io.argdown;

import java.util.Map;
import org.argumap.io.argdown.YamlLite.YamlException;

/**
 * {data} as the writer writes it: one flow mapping on one line. A value that was a YAML list or
 * mapping (the reader keeps those in flow style) is written as such again; any other value is a
 * plain or quoted scalar. Quoted braces are escaped, since Argdown ends {data} at a brace followed
 * by white space even inside quotes.
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
            out.append(separator).append(YamlLite.scalar(entry.getKey())).append(": ").append(value(entry.getValue()));
            separator = ", ";
        }
        return out.append('}').toString();
    }

    private static String value(String value) {
        if (value.startsWith("[") || value.startsWith("{")) {
            try {
                Object parsed = YamlLite.parseFlow(value);
                if (YamlLite.toFlow(parsed).equals(value)) {
                    return value;
                }
            } catch (YamlException notFlow) {
                // written as a quoted string
            }
        }
        return YamlLite.scalar(value);
    }
}
