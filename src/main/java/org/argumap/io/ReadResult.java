package org.argumap.io;

import java.util.List;
import org.argumap.model.ArgumentMap;

/**
 * A map as read from a file, with what the reader noticed but could still read past (an unknown
 * field, a link it could not represent), each warning starting with its place: {@code line 12: ...}.
 */
public record ReadResult(ArgumentMap map, List<String> warnings) {
    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
