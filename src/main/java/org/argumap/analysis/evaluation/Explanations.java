package org.argumap.analysis.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argumap.analysis.Excerpt;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.Verdict;

/**
 * Why a statement or step has its label, in one or two short sentences a student can check against
 * the map: the objection that stands, the reason that holds it up, the verdict, the cycle. The
 * sentences follow the reading of the map in {@link MapFramework}, naming the map's own boxes rather
 * than the helper arguments behind them.
 */
public final class Explanations {
    private Explanations() {
    }

    /**
     * Why the statement or inference with this id has the label the evaluation gives it, such as
     * {@code Falls: attacked by "X", which stands and is not answered.}; empty for an id the map does
     * not hold.
     */
    public static String explain(ArgumentMap map, Evaluation evaluation, String id) {
        MapNode node = map.node(id);
        if (node instanceof Statement statement) {
            return new Explanations.Reader(map, evaluation).statement(statement);
        }
        if (node instanceof Inference inference) {
            return new Explanations.Reader(map, evaluation).step(inference);
        }
        return "";
    }

    /** The statement's gradual strength in words, {@code strength 0.73}; empty for an id without one. */
    public static String strength(Evaluation evaluation, String id) {
        double strength = evaluation.strength(id);
        return Double.isNaN(strength) ? "" : String.format(Locale.ROOT, "strength %.2f", strength);
    }

    /** One explanation's view of the map and its labels. */
    private static final class Reader {
        private final ArgumentMap map;
        private final Evaluation evaluation;

        Reader(ArgumentMap map, Evaluation evaluation) {
            this.map = map;
            this.evaluation = evaluation;
        }

        String statement(Statement statement) {
            Label label = evaluation.label(statement.id());
            List<Inference> attacks = into(statement, InferenceType.ATTACK);
            List<Inference> supports = into(statement, InferenceType.SUPPORT);
            Verdict verdict = statement.content().verdict();
            return switch (label) {
                case IN -> standing(verdict, attacks, supports);
                case OUT -> falling(verdict, attacks, supports);
                case UNDECIDED -> undecided(statement);
            };
        }

        private String standing(Verdict verdict, List<Inference> attacks, List<Inference> supports) {
            if (verdict == Verdict.ACCEPTED) {
                return attacks.isEmpty() ? "Stands: you accepted it and nothing attacks it."
                        : "Stands: you accepted it and nothing standing attacks it.";
            }
            String objections = attacks.isEmpty() ? "nothing attacks it" : "no objection to it stands";
            List<Inference> standing = labelled(supports, Label.IN);
            if (standing.isEmpty()) {
                return supports.isEmpty() ? "Stands: " + objections + ", and without reasons of its own it is taken as given."
                        : "Stands: " + objections + ", and in every " + evaluation.semantics().key()
                                + " extension one of its reasons stands, though no one of them stands in all.";
            }
            String reason = standing.size() == 1 ? "its reason " + premises(standing.get(0)) + " stands"
                    : standing.size() + " of its reasons stand, among them " + premises(standing.get(0));
            return "Stands: " + objections + ", and " + reason + ".";
        }

        private String falling(Verdict verdict, List<Inference> attacks, List<Inference> supports) {
            if (verdict == Verdict.REJECTED) {
                return "Falls: you rejected it.";
            }
            List<Inference> standingAttacks = labelled(attacks, Label.IN);
            boolean noReasonStands = !supports.isEmpty() && labelled(supports, Label.IN).isEmpty();
            if (!standingAttacks.isEmpty()) {
                Inference attack = standingAttacks.get(0);
                String sentence = "Falls: attacked by " + premises(attack)
                        + (attack.premises().size() > 1 ? ", which stand and are not answered." : ", which stands and is not answered.");
                return noReasonStands ? sentence + " " + (supports.size() == 1 ? "Its only reason falls too."
                        : "None of its " + supports.size() + " reasons stands either.") : sentence;
            }
            if (noReasonStands && supports.size() == 1) {
                Inference support = supports.get(0);
                Inference undercut = first(labelled(into(support, InferenceType.ATTACK), Label.IN));
                return undercut != null && labelled(support.premises(), Label.OUT).isEmpty()
                        ? "Falls: the step from its only reason, " + premises(support) + ", is undercut by "
                                + premises(undercut) + "."
                        : "Falls: its only reason, " + premises(support) + ", falls.";
            }
            if (noReasonStands) {
                return "Falls: none of its " + supports.size() + " reasons stands.";
            }
            return "Falls: in every " + evaluation.semantics().key()
                    + " extension one of its objections stands, though no one of them stands in all.";
        }

        private String undecided(Statement statement) {
            if (evaluation.notice().contains(Evaluator.NO_STABLE_EXTENSION)) {
                return "Undecided: the map has no stable extension, so nothing in it is decided.";
            }
            List<Set<String>> extensions = evaluation.extensions();
            long in = extensions.stream().filter(e -> e.contains(statement.id())).count();
            if (in > 0 && in < extensions.size()) {
                return "Undecided: it stands in " + in + " of the " + extensions.size() + " "
                        + evaluation.semantics().key() + " extensions, not in all.";
            }
            Cycle cycle = cycleThrough(statement);
            if (cycle != null) {
                return "Undecided: it is caught in a cycle of " + (cycle.onlyAttacks ? "attacks" : "reasons and objections")
                        + " with " + Excerpt.textOf(cycle.with) + ".";
            }
            Statement undecided = first(labelled(bearers(statement), Label.UNDECIDED));
            return undecided == null ? "Undecided: the map cannot decide it."
                    : "Undecided: it depends on " + Excerpt.textOf(undecided) + ", which is undecided.";
        }

        String step(Inference inference) {
            String bearing = switch (inference.type()) {
                case REPHRASE -> " A rephrasing bears on nothing.";
                case REPLY -> " An unclassified reply bears on nothing.";
                case OFF_TOPIC -> " An off-topic reply bears on nothing.";
                default -> "";
            };
            List<Statement> premises = inference.premises();
            List<Inference> undercuts = into(inference, InferenceType.ATTACK);
            return switch (evaluation.label(inference.id())) {
                case IN -> (premises.isEmpty() ? "The step stands: nothing standing undercuts it."
                        : "The step stands: its premises stand and nothing standing undercuts it.") + bearing;
                case OUT -> {
                    Inference undercut = first(labelled(undercuts, Label.IN));
                    Statement fallen = first(labelled(premises, Label.OUT));
                    yield undercut != null ? "The step falls: undercut by " + premises(undercut) + "."
                            : fallen != null ? "The step falls: its premise " + Excerpt.textOf(fallen) + " falls."
                            : "The step falls in every " + evaluation.semantics().key() + " extension.";
                }
                case UNDECIDED -> {
                    Statement open = first(labelled(premises, Label.UNDECIDED));
                    Inference undercut = first(labelled(undercuts, Label.UNDECIDED));
                    yield open != null ? "The step is undecided: its premise " + Excerpt.textOf(open) + " is undecided."
                            : undercut != null ? "The step is undecided: so is its undercut by " + premises(undercut) + "."
                            : "The step is undecided.";
                }
            };
        }

        /** A statement that bears on this one and that this one bears on in turn, found by walking back through undecided boxes. */
        private Cycle cycleThrough(Statement start) {
            Map<Statement, Statement> firstHop = new HashMap<>();
            Map<Statement, Boolean> onlyAttacks = new HashMap<>();
            Deque<Statement> queue = new ArrayDeque<>();
            for (Edge edge : edgesInto(start)) {
                if (evaluation.label(edge.from.id()) == Label.UNDECIDED && !firstHop.containsKey(edge.from)) {
                    if (edge.from == start) {
                        return new Cycle(start, edge.attack);
                    }
                    firstHop.put(edge.from, edge.from);
                    onlyAttacks.put(edge.from, edge.attack);
                    queue.add(edge.from);
                }
            }
            while (!queue.isEmpty()) {
                Statement next = queue.poll();
                for (Edge edge : edgesInto(next)) {
                    boolean attacks = onlyAttacks.get(next) && edge.attack;
                    if (edge.from == start) {
                        return new Cycle(firstHop.get(next), attacks);
                    }
                    if (evaluation.label(edge.from.id()) == Label.UNDECIDED && !firstHop.containsKey(edge.from)) {
                        firstHop.put(edge.from, firstHop.get(next));
                        onlyAttacks.put(edge.from, attacks);
                        queue.add(edge.from);
                    }
                }
            }
            return null;
        }

        /** The premises of the supports and attacks on a statement, and of the undercuts on those steps. */
        private List<Edge> edgesInto(Statement statement) {
            List<Edge> edges = new ArrayList<>();
            for (Inference inference : map.inferencesInto(statement)) {
                if (inference.type() != InferenceType.SUPPORT && inference.type() != InferenceType.ATTACK) {
                    continue;
                }
                boolean attack = inference.type() == InferenceType.ATTACK;
                inference.premises().forEach(p -> edges.add(new Edge(p, attack)));
                for (Inference undercut : into(inference, InferenceType.ATTACK)) {
                    // Undercutting a support is an attack on the claim; undercutting an attack helps it.
                    undercut.premises().forEach(p -> edges.add(new Edge(p, !attack)));
                }
            }
            return edges;
        }

        private List<Statement> bearers(Statement statement) {
            return edgesInto(statement).stream().map(edge -> edge.from).distinct().toList();
        }

        private List<Inference> into(MapNode node, InferenceType type) {
            return map.inferencesInto(node).stream().filter(i -> i.type() == type).toList();
        }

        private <T extends MapNode> List<T> labelled(List<T> nodes, Label label) {
            return nodes.stream().filter(n -> evaluation.label(n.id()) == label).toList();
        }

        private static <T> T first(List<T> list) {
            return list.isEmpty() ? null : list.get(0);
        }

        /** The words of a step's premises: one quoted, linked ones joined, or the step's own title. */
        private static String premises(Inference inference) {
            List<Statement> premises = inference.premises();
            if (premises.isEmpty()) {
                String title = inference.content().title();
                return title.isBlank() ? "a step of its own" : Excerpt.quote(title);
            }
            if (premises.size() == 1) {
                return Excerpt.textOf(premises.get(0));
            }
            if (premises.size() == 2) {
                return Excerpt.textOf(premises.get(0)) + " with " + Excerpt.textOf(premises.get(1));
            }
            return Excerpt.textOf(premises.get(0)) + " with " + (premises.size() - 1) + " other premises";
        }
    }

    /** One box bearing on another: as an objection (or undercut of a reason), or as a reason. */
    private record Edge(Statement from, boolean attack) {
    }

    private record Cycle(Statement with, boolean onlyAttacks) {
    }
}
