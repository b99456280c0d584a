package org.argumap.ui.outline;

import java.util.Objects;

/**
 * One line of the outline. Every line stands for one place in the map, so it is its own key and
 * stays the same line (with its expanded state and selection) across edits elsewhere:
 *
 * <ul>
 *   <li>{@link Kind#STATEMENT}: a statement where it belongs, under the inference it feeds first
 *       ({@code inferenceId}), or at the top (a main claim, or the way into a circle) with none;</li>
 *   <li>{@link Kind#ALSO}: a statement listed again under another statement it also bears on,
 *       through {@code inferenceId}; a leaf, since its branch is shown where it belongs;</li>
 *   <li>{@link Kind#GROUP}: a linked argument ({@code inferenceId}), whose co-premises and
 *       undercuts are its children; {@code statementId} is null.</li>
 * </ul>
 *
 * @param kind        what the line is
 * @param statementId the statement shown; null for a group
 * @param inferenceId the inference through which the line hangs from its parent (or the group's
 *                    inference); null at the top
 */
public record OutlineEntry(Kind kind, String statementId, String inferenceId) {
    /** What a line of the outline stands for. */
    public enum Kind { STATEMENT, ALSO, GROUP }

    public OutlineEntry {
        Objects.requireNonNull(kind);
        if (kind == Kind.GROUP ? inferenceId == null : statementId == null) {
            throw new IllegalArgumentException("a " + kind + " line needs its " + (kind == Kind.GROUP ? "inference" : "statement"));
        }
    }

    static OutlineEntry statement(String statementId, String viaInferenceId) {
        return new OutlineEntry(Kind.STATEMENT, statementId, viaInferenceId);
    }

    static OutlineEntry also(String statementId, String viaInferenceId) {
        return new OutlineEntry(Kind.ALSO, statementId, viaInferenceId);
    }

    static OutlineEntry group(String inferenceId) {
        return new OutlineEntry(Kind.GROUP, null, inferenceId);
    }

    /** Whether the line shows a statement (one whose text can be edited), not a group. */
    public boolean showsStatement() {
        return kind != Kind.GROUP;
    }
}
