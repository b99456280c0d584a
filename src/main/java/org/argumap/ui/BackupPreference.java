package org.argumap.ui;

import java.util.Objects;
import java.util.prefs.Preferences;
import org.argumap.io.Backups;

/**
 * How many earlier versions a save keeps of the map it replaces: the key {@value #KEY} of the
 * preferences node the theme is kept in, {@value Backups#DEFAULT_COUNT} when unset, 0 to keep
 * none. Kept in preferences rather than asked each time: a user who keeps maps in version control,
 * or whose teacher does not want hidden folders on the shared drive, turns it off once.
 */
public final class BackupPreference {
    static final String KEY = "save.backups";
    private static final int MOST = 100;
    private final Preferences node;

    public BackupPreference(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The backups to keep; a value that cannot be read, or is out of range, reads as the default. */
    public Backups load() {
        try {
            int count = node.getInt(KEY, Backups.DEFAULT_COUNT);
            return Backups.keep(count < 0 || count > MOST ? Backups.DEFAULT_COUNT : count);
        } catch (IllegalStateException removed) {
            return Backups.keep(Backups.DEFAULT_COUNT);
        }
    }

    public void save(int count) {
        node.putInt(KEY, count);
    }
}
