package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.argumap.model.Inference;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/** What the writer writes: statements, arguments and the relations between them. */
final class WriterNodes {
    private WriterNodes() {
    }

    /** Something with a title that is written in one place in full and referred to elsewhere. */
    abstract static class Node {
        String title = "";
        /** Where this node is written in full; null until the layout decides. */
        Object home;
        boolean placed;
        int references;

        abstract String section();
    }

    /** A statement of the map, or a conclusion the writer states for an argument that has none. */
    static final class StatementNode extends Node {
        final Statement statement;
        final ArgumentNode implicitOf;
        final String text;
        final List<String> tags;
        final Map<String, String> data;

        StatementNode(Statement statement, ArgumentNode implicitOf, String text, List<String> tags,
                      Map<String, String> data) {
            this.statement = statement;
            this.implicitOf = implicitOf;
            this.text = text;
            this.tags = tags;
            this.data = data;
        }

        @Override
        String section() {
            return statement == null ? null : statement.content().data().get(DataKeys.SECTION);
        }
    }

    /**
     * An argument: an inference with a title, several premises or something a relation cannot say
     * (then written with a premise-conclusion structure), or a premise-less inference (written
     * as an argument without structure, with a relation for each inference it stands for).
     */
    static final class ArgumentNode extends Node {
        final Inference main;
        /** The inferences of the structure, main last; empty for an argument without structure. */
        final List<Inference> steps = new ArrayList<>();
        /** Further premise-less inferences of an argument without structure. */
        final List<Inference> parts = new ArrayList<>();
        /** The statements of the structure in order, conclusions included. */
        final List<StatementNode> pcs = new ArrayList<>();
        /** For each statement of {@link #pcs}: the step it concludes, or -1 for a premise. */
        final List<Integer> concludes = new ArrayList<>();
        StatementNode implicitConclusion;
        /** The flavour and type written as {data} because the relation does not say them. */
        InferenceFlavour writtenFlavour;
        InferenceType writtenType;

        ArgumentNode(Inference main) {
            this.main = main;
        }

        boolean reconstructed() {
            return !steps.isEmpty();
        }

        @Override
        String section() {
            return main.content().data().get(DataKeys.SECTION);
        }
    }

    /** One step of a reconstructed argument, as the target of an undercut. */
    record Step(ArgumentNode argument, int index) {
    }

    /** Argdown's relation types as the writer writes them; strict mode says whether +/- are strict. */
    enum Kind {
        SUPPORT("+", "+>"), ATTACK("-", "->"), UNDERCUT("_", "_>"), CONTRADICTORY("><", "><");

        final String incoming;
        final String outgoing;

        Kind(String incoming, String outgoing) {
            this.incoming = incoming;
            this.outgoing = outgoing;
        }
    }

    /** A relation: from a statement or argument to a statement, argument or step. */
    static final class RelationNode {
        final Inference inference;
        final Node source;
        final Object target;
        final Kind kind;
        boolean written;

        RelationNode(Inference inference, Node source, Object target, Kind kind) {
            this.inference = inference;
            this.source = source;
            this.target = target;
            this.kind = kind;
        }
    }
}
