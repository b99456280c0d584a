package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.argdown.WriterNodes.ArgumentNode;
import org.argumap.io.argdown.WriterNodes.Kind;
import org.argumap.io.argdown.WriterNodes.RelationNode;
import org.argumap.io.argdown.WriterNodes.StatementNode;
import org.argumap.io.argdown.WriterNodes.Step;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * A map seen as Argdown sees things: which inferences are arguments, which are plain relations,
 * which are steps or further relations of an argument, and whether the document is written in
 * strict mode. The reverse of {@link MapBuilder}, so that reading what was written gives the map
 * again; the writer lays it out and the tests count with it.
 */
final class ArgdownView {
    final ArgumentMap map;
    final Map<Statement, StatementNode> statements = new LinkedHashMap<>();
    final List<ArgumentNode> arguments = new ArrayList<>();
    final List<RelationNode> relations = new ArrayList<>();
    /** Every inference that belongs to an argument (main, step or further relation) → that argument. */
    final Map<Inference, ArgumentNode> argumentOf = new IdentityHashMap<>();
    final boolean strict;
    private final Set<Statement> standIns = new HashSet<>();
    private final Set<Inference> targeted = new HashSet<>();
    private final Set<Inference> clashing;

    ArgdownView(ArgumentMap map) {
        this.map = map;
        findStandIns();
        for (Statement statement : map.statements()) {
            if (!standIns.contains(statement)) {
                statements.put(statement, new StatementNode(statement, null, statement.text(), statement.tags(),
                        statementData(statement)));
            }
        }
        for (Inference inference : map.inferences()) {
            if (inference.target() instanceof Inference target) {
                targeted.add(target);
            }
        }
        strict = decideStrictMode();
        clashing = RelationClashes.find(map.inferences().stream().filter(this::isRelationShaped).toList(), strict);
        new ArgumentGrouping(this).group();
        arguments.sort((a, b) -> Integer.compare(map.indexOf(a.main.id()), map.indexOf(b.main.id())));
        Titles.assignArgumentTitles(arguments);
        arguments.forEach(this::layOut);
        collectRelations();
    }

    /** Statements that only stand in for the unstated conclusion of an argument without structure. */
    private void findStandIns() {
        for (Statement statement : map.statements()) {
            if ("conclusion".equals(statement.content().data().get(DataKeys.IMPLICIT))
                    && map.inferencesFrom(statement).isEmpty() && map.inferencesInto(statement).size() == 1) {
                Inference only = map.inferencesInto(statement).get(0);
                if (only.premises().isEmpty() && !only.content().data().containsKey(DataKeys.ARGUMENT)) {
                    standIns.add(statement);
                }
            }
        }
    }

    boolean isStandIn(MapNode node) {
        return standIns.contains(node);
    }

    boolean isTargeted(Inference inference) {
        return targeted.contains(inference);
    }

    /** Statement fields without a place in Argdown are written as {data}, as the reader takes them back. */
    private static Map<String, String> statementData(Statement statement) {
        Map<String, String> data = DataKeys.external(statement.content().data());
        var content = statement.content();
        if (content.kind() == org.argumap.model.StatementKind.EVIDENCE) {
            data.put("kind", "evidence");
        }
        String[] values = {content.author(), content.notes(), content.url(), content.quote(), content.date()};
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                data.put(DataKeys.STATEMENT_FIELDS.get(i + 1), values[i]);
            }
        }
        if (content.verdict() != org.argumap.model.Verdict.OPEN) {
            data.put(DataKeys.VERDICT, content.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (content.rating() != org.argumap.model.StatementContent.UNRATED) {
            data.put(DataKeys.RATING, String.valueOf(content.rating()));
        }
        return data;
    }

    /** Strict mode makes every +/- between statements strict; it is chosen if most of them are. */
    private boolean decideStrictMode() {
        int strictCount = 0;
        int defeasible = 0;
        for (Inference inference : map.inferences()) {
            if (isPlain(inference) && inference.target() instanceof Statement
                    && (inference.type() == InferenceType.SUPPORT || inference.type() == InferenceType.ATTACK)) {
                if (inference.content().flavour() == InferenceFlavour.STRICT) {
                    strictCount++;
                } else if (inference.content().flavour() == InferenceFlavour.DEFEASIBLE) {
                    defeasible++;
                }
            }
        }
        return strictCount > defeasible;
    }

    /** One premise and nothing a relation line cannot carry. */
    boolean isPlain(Inference inference) {
        InferenceContent content = inference.content();
        return inference.premises().size() == 1 && content.title().isBlank() && content.description().isBlank()
                && content.scheme().isBlank() && content.author().isBlank()
                && content.strength() == InferenceContent.UNRATED
                && DataKeys.external(content.data()).isEmpty() && !content.data().containsKey(DataKeys.ARGUMENT)
                && !targeted.contains(inference);
    }

    /** Whether a plain inference can be a relation line in this document's mode, one Argdown keeps. */
    boolean isRelation(Inference inference) {
        return isRelationShaped(inference) && !clashing.contains(inference);
    }

    private boolean isRelationShaped(Inference inference) {
        if (!isPlain(inference)) {
            return false;
        }
        InferenceFlavour flavour = inference.content().flavour();
        InferenceType type = inference.type();
        if (inference.target() instanceof Statement) {
            if (type == InferenceType.ATTACK && flavour == InferenceFlavour.CONTRADICTORY) {
                return true;
            }
            InferenceFlavour modeFlavour = strict ? InferenceFlavour.STRICT : InferenceFlavour.DEFEASIBLE;
            return (type == InferenceType.SUPPORT || type == InferenceType.ATTACK) && flavour == modeFlavour;
        }
        return (type == InferenceType.SUPPORT || type == InferenceType.ATTACK) && flavour == InferenceFlavour.DEFEASIBLE;
    }

    /** The kind of relation an inference is written as. */
    Kind kindOf(Inference inference) {
        if (inference.type() != InferenceType.ATTACK) {
            return Kind.SUPPORT;
        }
        if (inference.target() instanceof Inference target) {
            ArgumentNode owner = argumentOf.get(target);
            boolean onWhole = "attack".equals(inference.content().data().get(DataKeys.RELATION));
            return onWhole && owner != null && owner.main == target ? Kind.ATTACK : Kind.UNDERCUT;
        }
        return inference.content().flavour() == InferenceFlavour.CONTRADICTORY ? Kind.CONTRADICTORY : Kind.ATTACK;
    }

    /** What a relation written for this inference aims at: a statement, an argument or one step of one. */
    Object targetOf(Inference inference) {
        if (inference.target() instanceof Statement statement) {
            return statements.get(statement);
        }
        Inference target = (Inference) inference.target();
        ArgumentNode owner = argumentOf.get(target);
        int step = owner.main == target ? owner.steps.size() - 1 : owner.steps.indexOf(target);
        if (kindOf(inference) == Kind.UNDERCUT && step >= 0) {
            return new Step(owner, step);
        }
        return owner;
    }

    /** The structure's statements in order; the last conclusion stated by the writer if the map has none. */
    private void layOut(ArgumentNode argument) {
        for (int k = 0; k < argument.steps.size(); k++) {
            Inference step = argument.steps.get(k);
            List<Statement> premises = step.premises();
            for (int i = k == 0 ? 0 : 1; i < premises.size(); i++) {
                argument.pcs.add(statements.get(premises.get(i)));
                argument.concludes.add(-1);
            }
            boolean last = k == argument.steps.size() - 1;
            StatementNode conclusion;
            if (last && needsStatedConclusion(argument.main)) {
                conclusion = new StatementNode(null, argument, "Conclusion of <" + argument.title + ">", List.of(),
                        Map.of(DataKeys.MARKER, DataKeys.IMPLICIT_CONCLUSION));
                argument.implicitConclusion = conclusion;
            } else {
                conclusion = statements.get((Statement) step.target());
            }
            argument.pcs.add(conclusion);
            argument.concludes.add(k);
        }
    }

    /** A structure concludes in its target only if that is a statement it supports. */
    static boolean needsStatedConclusion(Inference main) {
        return !(main.target() instanceof Statement) || main.type() == InferenceType.ATTACK;
    }

    /** The relation type Argdown will give a relation written for this map: strict mode renames +/- between statements. */
    String argdownType(RelationNode relation) {
        boolean betweenStatements = relation.source instanceof StatementNode && relation.target instanceof StatementNode;
        return switch (relation.kind) {
            case SUPPORT -> strict && betweenStatements ? "entails" : "support";
            case ATTACK -> strict && betweenStatements ? "contrary" : "attack";
            case UNDERCUT -> "undercut";
            case CONTRADICTORY -> "contradictory";
        };
    }

    private void collectRelations() {
        for (Inference inference : map.inferences()) {
            ArgumentNode owner = argumentOf.get(inference);
            if (owner == null) {
                relations.add(new RelationNode(inference, statements.get(inference.premises().get(0)),
                        targetOf(inference), kindOf(inference)));
            } else if (!owner.reconstructed() && !isStandIn(inference.target())) {
                relations.add(new RelationNode(inference, owner, targetOf(inference), kindOf(inference)));
            } else if (owner.implicitConclusion != null && inference == owner.main) {
                relations.add(new RelationNode(inference, owner.implicitConclusion, targetOf(inference), kindOf(inference)));
            }
        }
    }
}
