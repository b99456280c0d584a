package org.argumap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The previous versions of a file kept before it is saved over: the last {@code count} of them, in
 * the hidden folder {@value #FOLDER} beside the file, named {@code NAME.YYYYMMDD-HHMMSS.EXT}.
 *
 * <p>Beside the file rather than in Argumap's data folder: the backups travel with the map when the
 * folder is copied to a USB stick or lives on a shared drive, whoever opens the map finds them
 * without knowing where Argumap keeps its data on someone else's computer, they get the folder's
 * access rights rather than ending up readable in another place, and two maps of the same name in
 * different folders never share their backups.
 */
public final class Backups {
    public static final String FOLDER = ".argumap-backups";
    public static final int DEFAULT_COUNT = 5;
    /** Saving without keeping any earlier version. */
    public static final Backups NONE = new Backups(0, Clock.systemDefaultZone());

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String MAP_EXTENSION = ".argumap.json";

    private final int count;
    private final Clock clock;

    private Backups(int count, Clock clock) {
        if (count < 0) {
            throw new IllegalArgumentException("a negative number of backups: " + count);
        }
        this.count = count;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Keeps the last {@code count} versions; 0 keeps none. */
    public static Backups keep(int count) {
        return keep(count, Clock.systemDefaultZone());
    }

    /** @param clock whose local time names the backups */
    public static Backups keep(int count, Clock clock) {
        return count == 0 ? NONE : new Backups(count, clock);
    }

    public int count() {
        return count;
    }

    public boolean enabled() {
        return count > 0;
    }

    /** Where the backups of {@code file} go. */
    public static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent().resolve(FOLDER);
    }

    /**
     * Copies {@code file}, which is about to be saved over, into the backups and removes the oldest
     * beyond the count. The copy keeps the file's permissions, so a private map stays private.
     */
    void keepCopyOf(Path file) throws IOException {
        if (!enabled() || !Files.isRegularFile(file)) {
            return;
        }
        Path folder = Files.createDirectories(folderOf(file));
        Name name = Name.of(file.getFileName().toString());
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path copy = folder.resolve(name.backup(stamp, 1));
        for (int n = 2; Files.exists(copy); n++) {
            copy = folder.resolve(name.backup(stamp, n));
        }
        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        List<Path> kept = list(file);
        for (Path old : kept.subList(0, Math.max(0, kept.size() - count))) {
            Files.deleteIfExists(old);
        }
    }

    /** The backups of {@code file}, oldest first. */
    public static List<Path> list(Path file) throws IOException {
        Path folder = folderOf(file);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Name name = Name.of(file.getFileName().toString());
        List<Match> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> name.match(p).ifPresent(found::add));
        }
        return found.stream().sorted(Comparator.comparing(Match::stamp).thenComparingInt(Match::number))
                .map(Match::path).toList();
    }

    private record Match(Path path, String stamp, int number) {
    }

    /** A file name split where the stamp goes: {@code pets} and {@code .argumap.json}. */
    private record Name(String stem, String extension) {
        static Name of(String fileName) {
            if (fileName.endsWith(MAP_EXTENSION) && fileName.length() > MAP_EXTENSION.length()) {
                return new Name(fileName.substring(0, fileName.length() - MAP_EXTENSION.length()), MAP_EXTENSION);
            }
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? new Name(fileName.substring(0, dot), fileName.substring(dot)) : new Name(fileName, "");
        }

        /** A second save within the same second gets {@code -2}, {@code -3}, rather than replacing the first. */
        String backup(String stamp, int number) {
            return stem + "." + stamp + (number == 1 ? "" : "-" + number) + extension;
        }

        Optional<Match> match(Path candidate) {
            Matcher m = Pattern.compile(Pattern.quote(stem) + "\\.(\\d{8}-\\d{6})(?:-(\\d+))?" + Pattern.quote(extension))
                    .matcher(candidate.getFileName().toString());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Match(candidate, m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
        }
    }
}
