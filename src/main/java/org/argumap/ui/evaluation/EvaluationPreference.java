package org.argumap.ui.evaluation;

import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * Whether Evaluate › Show Evaluation is on, remembered between runs under the key
 * {@code showEvaluation} of the node the theme is kept in. On until the user turns it off.
 */
public final class EvaluationPreference {
    static final String KEY = "showEvaluation";
    private final Preferences node;

    public EvaluationPreference(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    public boolean load() {
        try {
            return node.getBoolean(KEY, true);
        } catch (IllegalStateException removed) {
            return true;
        }
    }

    /** A store that cannot be written costs only the memory of the choice, as for the theme. */
    public void save(boolean shown) {
        try {
            node.putBoolean(KEY, shown);
        } catch (IllegalStateException removed) {
            // The choice still holds for this run.
        }
    }
}
