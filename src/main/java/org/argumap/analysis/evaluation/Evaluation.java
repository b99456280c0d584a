package org.argumap.analysis.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which statements and inferences of one map stand, and how strongly, as computed at one moment.
 * Keyed by id so that the editor, the command line and the file writers can all read it without
 * holding on to the map.
 *
 * @param semantics  the semantics that decided the labels
 * @param labels     every statement's and inference's label, in map order
 * @param strengths  every statement's gradual strength in [0, 1], in map order
 * @param statements the statements' ids in map order (the labels also hold inferences)
 * @param notice     why the labels are not what {@code semantics} alone would give, such as a map
 *                   too large to enumerate preferred extensions, or that some strengths did not
 *                   settle; empty when there is nothing to say
 * @param extensions under preferred or stable semantics, the statements that stand in each
 *                   extension, in map order (extensions that differ only in steps show as one);
 *                   empty under grounded semantics, when there is no extension, when the map was
 *                   too large to search, and when there are too many extensions to list (the labels
 *                   take them all into account all the same)
 */
public record Evaluation(Semantics semantics, Map<String, Label> labels, Map<String, Double> strengths,
                         List<String> statements, String notice, List<Set<String>> extensions) {

    public Evaluation {
        Objects.requireNonNull(semantics);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        strengths = Collections.unmodifiableMap(new LinkedHashMap<>(strengths));
        statements = List.copyOf(statements);
        notice = notice == null ? "" : notice;
        extensions = extensions == null ? List.of()
                : extensions.stream().map(e -> Collections.unmodifiableSet(new LinkedHashSet<>(e))).toList();
    }

    /** An evaluation without a list of extensions, as grounded semantics gives. */
    public Evaluation(Semantics semantics, Map<String, Label> labels, Map<String, Double> strengths,
                      List<String> statements, String notice) {
        this(semantics, labels, strengths, statements, notice, List.of());
    }

    /** The label of this statement or inference; undecided for an id the evaluation does not know. */
    public Label label(String id) {
        return labels.getOrDefault(id, Label.UNDECIDED);
    }

    /** The statement's gradual strength in [0, 1], or NaN for an id the evaluation does not know. */
    public double strength(String id) {
        Double value = strengths.get(id);
        return value == null ? Double.NaN : value;
    }

    /** The ids of the statements with this label, in map order. */
    public List<String> statementsLabelled(Label label) {
        return statements.stream().filter(id -> labels.get(id) == label).toList();
    }

    /** The share of statements that stand, from 0 to 1; 0 for an empty map. */
    public double standingShare() {
        return statements.isEmpty() ? 0 : (double) statementsLabelled(Label.IN).size() / statements.size();
    }
}
