package org.argumap.analysis.statistics;

import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;

/** How many statements stand, fall or stay undecided under an evaluation. */
public record Standing(int in, int out, int undecided) {

    static Standing of(Evaluation evaluation) {
        return new Standing(evaluation.statementsLabelled(Label.IN).size(),
                evaluation.statementsLabelled(Label.OUT).size(),
                evaluation.statementsLabelled(Label.UNDECIDED).size());
    }

    public int total() {
        return in + out + undecided;
    }

    /** The share of statements with this label, from 0 to 1; 0 for an empty map. */
    public double share(Label label) {
        int n = switch (label) {
            case IN -> in;
            case OUT -> out;
            case UNDECIDED -> undecided;
        };
        return total() == 0 ? 0 : (double) n / total();
    }
}
