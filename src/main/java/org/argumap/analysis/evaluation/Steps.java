package org.argumap.analysis.evaluation;

/**
 * A search's allowance of work. Every piece of work draws on it, and running out throws, which
 * unwinds a search of any depth at once instead of making each level check and return.
 */
final class Steps {
    /** The allowance ran out. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super(null, null, false, false);
        }
    }

    private final long allowed;
    private long used;

    Steps(long allowed) {
        this.allowed = allowed;
    }

    void take(long work) {
        used += work;
        if (used > allowed) {
            throw new Exhausted();
        }
    }
}
