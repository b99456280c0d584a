package org.argumap.analysis.evaluation;

import java.util.Locale;

/** Which of Dung's semantics decides the labels. */
public enum Semantics {
    /** The one sceptical labelling every reasonable reader agrees on; always exists, quick to compute. */
    GROUNDED,
    /** What stands in every maximal consistent point of view (sceptical preferred). */
    PREFERRED,
    /** What stands in every point of view that decides everything (sceptical stable). */
    STABLE;

    /** The name used on the command line and in JSON: {@code grounded}, {@code preferred}, {@code stable}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The semantics with this key, ignoring case. */
    public static Semantics ofKey(String key) {
        for (Semantics semantics : values()) {
            if (semantics.key().equalsIgnoreCase(key.strip())) {
                return semantics;
            }
        }
        throw new IllegalArgumentException("unknown semantics \"" + key + "\": use grounded, preferred or stable");
    }
}
