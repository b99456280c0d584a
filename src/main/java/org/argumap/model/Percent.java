package org.argumap.model;

/** The users' ratings are whole percentages; -1 says "not rated". */
final class Percent {
    private Percent() {
    }

    static void require(int value, String what) {
        if (value != -1 && (value < 0 || value > 100)) {
            throw new IllegalArgumentException(what + " must be a percentage from 0 to 100, or -1 for none: " + value);
        }
    }
}
