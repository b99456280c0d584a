package org.argumap.analysis.evaluation;

import java.util.List;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * How strong each statement and step of a map is, from 0 to 1, by DF-QuAD ({@link DfQuad}), read
 * onto the map as {@code analysis.md} states:
 * <ul>
 * <li>a statement's base score is its rating over 100, or 1/2 unrated; 0 if the user rejected it, 1
 *     if accepted. Its attackers are the attack inferences into it, its supporters the supports;</li>
 * <li>an inference weighs (its own strength over 100, or 1 unrated) times its weakest premise,
 *     since linked co-premises carry the step only together; undercuts lower that as attackers do
 *     in DF-QuAD, and the supports of an inference bear on nothing, as in the labelling;</li>
 * <li>rephrasings and replies bear on nothing.</li>
 * </ul>
 * DF-QuAD is defined for graphs without cycles. The strengths are computed one strongly connected
 * component at a time, sources first, so that an acyclic map is a single pass; within a cycle of
 * reasons and objections the update is iterated, each round halfway from the old value to the new
 * one (a damped iteration, which settles where the plain one swings between two values), until no
 * value moves by more than {@link #TOLERANCE} or {@link #MAX_ROUNDS} rounds have passed. What settles
 * satisfies DF-QuAD's equations; what does not is left as the last round made it, and the result
 * says so.
 */
final class GradualStrength {
    static final int MAX_ROUNDS = 500;
    static final double TOLERANCE = 1e-9;

    /**
     * @param values  each node's strength, numbered as in {@link MapFramework#nodes()}
     * @param settled false if some cycle did not settle within {@link #MAX_ROUNDS} rounds
     */
    record Strengths(double[] values, boolean settled) {
    }

    private static final int[] NONE = new int[0];

    private final double[] base;
    private final boolean[] statement;
    private final int[][] premises;
    private final int[][] attackers;
    private final int[][] supporters;
    private final double[] values;
    private double[] scratch = new double[8];

    private GradualStrength(int n) {
        base = new double[n];
        statement = new boolean[n];
        premises = new int[n][];
        attackers = new int[n][];
        supporters = new int[n][];
        values = new double[n];
    }

    static Strengths of(MapFramework framework) {
        return of(framework, MAX_ROUNDS);
    }

    /** With fewer rounds, so that a test can watch a cycle fail to settle. */
    static Strengths of(MapFramework framework, int maxRounds) {
        List<MapNode> nodes = framework.nodes();
        int n = nodes.size();
        GradualStrength strength = new GradualStrength(n);
        int[] targetOf = new int[n];
        boolean[] attacks = new boolean[n];
        int[] attackerCount = new int[n];
        int[] supporterCount = new int[n];
        for (int i = 0; i < n; i++) {
            targetOf[i] = -1;
            if (nodes.get(i) instanceof Statement s) {
                strength.statement[i] = true;
                strength.base[i] = baseScore(s.content());
                strength.premises[i] = NONE;
                continue;
            }
            Inference inference = (Inference) nodes.get(i);
            strength.base[i] = weight(inference.content());
            List<Statement> premises = inference.premises();
            strength.premises[i] = new int[premises.size()];
            for (int k = 0; k < premises.size(); k++) {
                strength.premises[i][k] = framework.numberOf(premises.get(k));
            }
            if (inference.type() == InferenceType.ATTACK) {
                targetOf[i] = framework.numberOf(inference.target());
                attacks[i] = true;
                attackerCount[targetOf[i]]++;
            } else if (inference.type() == InferenceType.SUPPORT && inference.target() instanceof Statement) {
                targetOf[i] = framework.numberOf(inference.target());
                supporterCount[targetOf[i]]++;
            }
        }
        int[] dependentCount = new int[n];
        for (int i = 0; i < n; i++) {
            strength.attackers[i] = attackerCount[i] == 0 ? NONE : new int[attackerCount[i]];
            strength.supporters[i] = supporterCount[i] == 0 ? NONE : new int[supporterCount[i]];
            attackerCount[i] = 0;
            supporterCount[i] = 0;
            for (int p : strength.premises[i]) {
                dependentCount[p]++;
            }
            if (targetOf[i] >= 0) {
                dependentCount[i]++;
            }
        }
        int[][] dependents = new int[n][];
        for (int i = 0; i < n; i++) {
            dependents[i] = dependentCount[i] == 0 ? NONE : new int[dependentCount[i]];
            dependentCount[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int p : strength.premises[i]) {
                dependents[p][dependentCount[p]++] = i;
            }
            int t = targetOf[i];
            if (t >= 0) {
                dependents[i][dependentCount[i]++] = t;
                if (attacks[i]) {
                    strength.attackers[t][attackerCount[t]++] = i;
                } else {
                    strength.supporters[t][supporterCount[t]++] = i;
                }
            }
        }
        boolean settled = true;
        for (int[] component : StronglyConnected.components(dependents)) {
            if (StronglyConnected.isCyclic(component, dependents)) {
                settled &= strength.iterate(component, maxRounds);
            } else {
                strength.values[component[0]] = strength.update(component[0]);
            }
        }
        return new Strengths(strength.values, settled);
    }

    /** The statement's base score: the user's verdict, else the rating, else even odds. */
    static double baseScore(StatementContent content) {
        return switch (content.verdict()) {
            case ACCEPTED -> 1;
            case REJECTED -> 0;
            case OPEN -> content.rating() == StatementContent.UNRATED ? 0.5 : content.rating() / 100.0;
        };
    }

    /** How much of its premises' strength a step passes on, before undercuts. */
    static double weight(InferenceContent content) {
        return content.strength() == InferenceContent.UNRATED ? 1 : content.strength() / 100.0;
    }

    /** The node's strength from the current strengths of what bears on it. */
    private double update(int i) {
        if (statement[i]) {
            return DfQuad.combine(base[i], aggregate(attackers[i]), aggregate(supporters[i]));
        }
        double weakest = 1;
        for (int p : premises[i]) {
            weakest = Math.min(weakest, values[p]);
        }
        return DfQuad.combine(base[i] * weakest, aggregate(attackers[i]), 0);
    }

    private double aggregate(int[] from) {
        if (scratch.length < from.length) {
            scratch = new double[from.length];
        }
        for (int k = 0; k < from.length; k++) {
            scratch[k] = values[from[k]];
        }
        return DfQuad.aggregate(scratch, from.length);
    }

    /** Damped rounds over one cycle; true if it settled. */
    private boolean iterate(int[] component, int maxRounds) {
        for (int i : component) {
            values[i] = base[i];
        }
        double[] next = new double[component.length];
        for (int round = 0; round < maxRounds; round++) {
            double moved = 0;
            for (int k = 0; k < component.length; k++) {
                int i = component[k];
                next[k] = (values[i] + update(i)) / 2;
                moved = Math.max(moved, Math.abs(next[k] - values[i]));
            }
            for (int k = 0; k < component.length; k++) {
                values[component[k]] = next[k];
            }
            if (moved <= TOLERANCE) {
                return true;
            }
        }
        return false;
    }
}
