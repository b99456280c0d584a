package org.argumap.ui.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the offer words times and what a recovered map replaces. */
final class RecoveryTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Added to what a recovered map replaces when the file was saved after the copy. */
    static final String NEWER = ", after this copy was autosaved: the file may hold newer work than this copy";

    private RecoveryTexts() {
    }

    /** "today 14:02", "yesterday 09:15", or "3 Dec 2026 14:02". */
    static String when(Instant time, Instant now, ZoneId zone) {
        ZonedDateTime at = time.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String day = at.toLocalDate().equals(today) ? "today"
                : at.toLocalDate().equals(today.minusDays(1)) ? "yesterday" : DATE.format(at);
        return day + " " + TIME.format(at);
    }

    /**
     * "replaces /maps/a.argumap.json, saved today 13:40", or "a new map, never saved". A file saved
     * after the copy was autosaved (in another window, by another Argumap, by a sync tool) is said to
     * be newer, so that the user does not replace newer work with older.
     *
     * @param autosaved when the recovery copy was written
     */
    static String replaces(Optional<Path> original, Instant autosaved, Instant now, ZoneId zone) {
        if (original.isEmpty()) {
            return "a new map, never saved";
        }
        Path file = original.get();
        try {
            Instant saved = Files.getLastModifiedTime(file).toInstant();
            String replaces = "replaces " + file + ", saved " + when(saved, now, zone);
            return saved.isAfter(autosaved) ? replaces + NEWER : replaces;
        } catch (IOException e) {
            return "replaces " + file + ", which is no longer there";
        }
    }
}
