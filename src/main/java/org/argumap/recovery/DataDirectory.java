package org.argumap.recovery;

import java.nio.file.Path;
import java.util.Locale;

/** Where Argumap keeps data of its own for the user, following each platform's convention. */
public final class DataDirectory {
    /** Overrides the data directory; tests point it at a temporary folder so the user's own stays untouched. */
    public static final String PROPERTY = "argumap.dataDir";

    private DataDirectory() {
    }

    /** The folder recovery files are written to. */
    public static Path recoveryFolder() {
        return dataDirectory().resolve("recovery");
    }

    static Path dataDirectory() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Argumap");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Argumap");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("argumap");
    }
}
