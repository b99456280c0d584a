package org.argumap.recovery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.argumap.model.ArgumentMap;

/**
 * A map autosaved by a run that ended without saving it.
 *
 * @param original the file the map was opened from or last saved to; empty for a map never saved
 * @param title    the map's title, or the name the window showed when it had none
 * @param written  when the recovery file was written
 * @param map      the map as it was then, read back and checked
 */
public record RecoveredMap(String key, Optional<Path> original, String title, Instant written, ArgumentMap map) {
}
