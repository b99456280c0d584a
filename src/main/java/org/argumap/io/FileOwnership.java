package org.argumap.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Carries who may read a file over to the file that replaces it. A rename puts a new inode in
 * place, so without this every save would reset what the user set with chmod or chgrp (a map
 * shared with a class through a group-readable folder would turn private again).
 */
final class FileOwnership {
    private FileOwnership() {
    }

    /**
     * Gives {@code to} the owner, group and permissions of {@code from}. Changing the owner or group
     * is only allowed to some users on some file systems; where it is refused the file keeps the
     * saver's, which is what a plain write would have given too, so the refusal is not an error.
     */
    static void copy(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || target == null) {
            return;
        }
        PosixFileAttributes attributes = source.readAttributes();
        try {
            target.setGroup(attributes.group());
        } catch (IOException | UnsupportedOperationException refused) {
            // Not a member of that group, or a file system without groups.
        }
        try {
            if (!attributes.owner().equals(target.getOwner())) {
                target.setOwner(attributes.owner());
            }
        } catch (IOException | UnsupportedOperationException refused) {
            // Only root may give a file away.
        }
        target.setPermissions(attributes.permissions());
    }
}
