package org.argumap.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.argumap.model.MapInfo;

/**
 * The dates a saved map carries: {@code modified} is when it was last saved with changes, and
 * {@code created} is filled in on its first such save if nobody knew it. Whole seconds, because
 * they are read by people in the file and sub-second noise would only make diffs of saved maps
 * longer.
 *
 * <p>These are not edits: the stamp goes on the map without an undo step, so saving never makes
 * a map "changed" again and undo never moves a map's dates backwards past a save.
 */
final class SaveStamp {
    private final Clock clock;

    SaveStamp(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** The map's information as a save of changed content at this moment records it. */
    MapInfo stamped(MapInfo info) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        MapInfo modified = info.withModified(now);
        return info.created() == null ? modified.withCreated(now) : modified;
    }
}
