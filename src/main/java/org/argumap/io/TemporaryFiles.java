package org.argumap.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary file a save writes before it is renamed over the target: {@code .NAME.RANDOM.tmp}
 * in the target's folder, so that the rename stays on one file system and a file left by a save
 * that was killed is recognisable by its name as belonging to NAME.
 *
 * <p>Made with {@link Files#createFile} and no attributes, unlike {@link Files#createTempFile},
 * which forces 0600: a new map gets the permissions the user's umask gives any new file.
 *
 * <p>The name need not be unguessable: {@link Files#createFile} fails rather than follow or reuse
 * what is there, so a name someone else took (or planted) is only drawn again. A plain random
 * number does, without loading the security providers that {@code SecureRandom} needs.
 */
final class TemporaryFiles {

    private TemporaryFiles() {
    }

    static Path create(Path target) throws IOException {
        while (true) {
            Path candidate = target.resolveSibling(prefix(target) + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // Another save chose the same name; draw again.
            }
        }
    }

    /**
     * Removes the temporary files of saves of {@code target} that were killed before they could
     * clean up. Only those older than {@code age}: a younger one may belong to a save still under
     * way in another Argumap, and no save takes an hour. A file that cannot be removed is left; it
     * costs only space.
     */
    static void removeStale(Path target, Duration age) {
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.getParent(),
                file -> isTemporaryOf(target, file.getFileName().toString()))) {
            for (Path file : files) {
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException ignored) {
                    // Gone already, or not ours to remove.
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // A folder that cannot be listed keeps its leftovers; the save itself succeeded.
        }
    }

    /** Whether {@code name} is a temporary file of a save of {@code target}. */
    static boolean isTemporaryOf(Path target, String name) {
        return Pattern.matches(Pattern.quote(prefix(target)) + "[0-9a-z]+\\.tmp", name);
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }
}
