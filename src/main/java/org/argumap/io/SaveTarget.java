package org.argumap.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file a save really writes. A map opened through a symbolic link (a shortcut into a shared
 * drive, a dotfiles folder) must stay reachable through that link: renaming the new content over
 * the link itself would leave a regular file in its place and the real file stale.
 */
final class SaveTarget {
    /** As many hops as Linux follows before it gives up with ELOOP. */
    private static final int MAX_LINKS = 40;

    private SaveTarget() {
    }

    static Path resolve(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        if (!Files.isSymbolicLink(current)) {
            return current;
        }
        if (Files.exists(current)) {
            return current.toRealPath();
        }
        // A dangling link: the save creates the file it points to, so that the link works again.
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
        }
        throw new FileSystemException(file.toString(), null, "Too many levels of symbolic links");
    }

    static boolean exists(Path resolved) {
        return Files.exists(resolved, LinkOption.NOFOLLOW_LINKS);
    }
}
