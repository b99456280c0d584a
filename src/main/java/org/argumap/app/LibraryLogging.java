package org.argumap.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own logging out of the user's terminal. PDFBox logs through Commons
 * Logging and Apache POI through the Log4j API, which, finding no Log4j behind it, would print an
 * error about that on every run; Argumap reports what goes wrong itself, in one line. Their
 * warnings go to java.util.logging, where only severe ones are shown.
 */
final class LibraryLogging {
    /** Held so the level set here is not lost when the logger would otherwise be collected. */
    private static Logger apache;

    private LibraryLogging() {
    }

    static void quieten(String[] args) {
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        // convert and check use neither PDFBox nor POI; setting up java.util.logging (it reads the
        // JDK's logging.properties) would be a noticeable part of a small conversion's start.
        if (args.length == 0 || !(args[0].equals("convert") || args[0].equals("check"))) {
            apache = Logger.getLogger("org.apache");
            apache.setLevel(Level.SEVERE);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
