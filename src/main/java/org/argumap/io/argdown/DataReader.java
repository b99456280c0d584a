package org.argumap.io.argdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.io.MapReadException;
import org.argumap.io.argdown.Syntax.Data;
import org.argumap.io.argdown.YamlReader.YamlException;

/**
 * Reads an element's {data} blocks into one mapping. Data that is not YAML is left out with a
 * warning (Argdown itself stops with a YAML error there); data beyond {@link YamlReader}'s limits
 * is an error, since it is built to exhaust the reader rather than written by mistake.
 */
final class DataReader {
    private final SourceText source;
    private final List<String> warnings;

    DataReader(SourceText source, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    Map<String, Object> read(List<Data> blocks) throws MapReadException {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Data block : blocks) {
            try {
                merge(merged, YamlReader.parseData(block.yaml()));
            } catch (YamlException e) {
                int at = block.offset() + e.index;
                if (e.limit) {
                    throw source.error(at, "This {data} is refused: " + e.getMessage() + ".");
                }
                warnings.add(source.place(at) + ": {data} that is not YAML is left out (" + e.getMessage() + ")");
            }
        }
        return merged;
    }

    /** Lodash's merge, as Argdown merges the data of an element's members: mappings deeply, the rest replaced. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            Object old = target.get(entry.getKey());
            if (old instanceof Map<?, ?> oldMap && entry.getValue() instanceof Map<?, ?> newMap) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) oldMap);
                merge(copy, (Map<String, Object>) newMap);
                target.put(entry.getKey(), copy);
            } else {
                target.put(entry.getKey(), entry.getValue());
            }
        }
    }
}
