package org.argumap.io.argdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.argdown.ArgdownModel.Argument;
import org.argumap.io.argdown.ArgdownModel.Member;
import org.argumap.io.argdown.ArgdownModel.PcsEntry;
import org.argumap.io.argdown.ArgdownModel.Relation;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInvariantException;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Builds the map from what Argdown understood, as {@code formats/argdown.md} describes: an
 * equivalence class is a statement; a reconstructed argument is one inference per inference line
 * (premises to conclusion), the last carrying the argument's title; an argument without structure
 * is a premise-less inference aimed at what it supports or attacks; a relation between statements
 * is a single-premise inference. Inferences whose target is another inference wait until that
 * exists; a loop of arguments without structure is broken with a stand-in conclusion.
 */
final class MapBuilder {
    private final ArgdownModel model;
    private final SourceText source;
    private final List<String> warnings;
    private final ArgumentMap map = new ArgumentMap();
    private final Map<ArgdownModel.Statement, Statement> statements = new IdentityHashMap<>();
    /** Argument → its main inference; Argdown inference line → the step it became. */
    private final Map<Object, Inference> created = new IdentityHashMap<>();
    /**
     * Arguments whose stated conclusion only stood in for a relation the writer could not say otherwise,
     * in the document's order (nodes compare by identity), so the map's inferences come out in the
     * same order every run rather than in the order of identity hash codes.
     */
    private final Map<Argument, Relation> folded = new LinkedHashMap<>();
    /** The folded arguments by their conclusion, so finding a statement's owner is no walk over them all. */
    private final Map<ArgdownModel.Statement, Argument> foldedByConclusion = new IdentityHashMap<>();
    private final Map<Argument, Relation> mainRelation = new IdentityHashMap<>();
    private final Map<Argument, List<Statement>> foldedPremises = new IdentityHashMap<>();
    private final Map<Argument, List<Relation>> outgoing = new IdentityHashMap<>();
    /** What the plan just tried waits for; what was just created (both for {@link #resolve}). */
    private final List<Object> waitingFor = new ArrayList<>();
    private final List<Object> fresh = new ArrayList<>();

    MapBuilder(ArgdownModel model, SourceText source, List<String> warnings) {
        this.model = model;
        this.source = source;
        this.warnings = warnings;
    }

    ArgumentMap build(FrontMatter frontMatter) {
        map.setInfo(frontMatter.info());
        for (Relation relation : model.relations) {
            if (relation.from instanceof Argument argument) {
                outgoing.computeIfAbsent(argument, k -> new ArrayList<>()).add(relation);
            }
        }
        findFolded();
        model.statements.values().forEach(this::addStatement);
        model.arguments.values().stream().filter(Argument::isReconstructed).forEach(this::addSteps);
        List<Object> pending = new ArrayList<>(folded.keySet().stream().filter(foldedPremises::containsKey).toList());
        model.arguments.values().stream().filter(a -> !a.isReconstructed()).forEach(pending::add);
        pending.addAll(model.relations);
        resolve(pending);
        return map;
    }

    /** Conclusions marked {argumap: implicit-conclusion} that only carry one relation fold into the inference. */
    private void findFolded() {
        Map<Object, Integer> uses = new IdentityHashMap<>();
        Map<Object, Relation> only = new IdentityHashMap<>();
        for (Relation relation : model.relations) {
            uses.merge(relation.from, 1, Integer::sum);
            uses.merge(relation.to, 1, Integer::sum);
            only.put(relation.from, relation);
        }
        for (Argument argument : model.arguments.values()) {
            for (PcsEntry entry : argument.pcs) {
                uses.merge(entry.statement(), entry.isConclusion() ? 1 : 2, Integer::sum);
            }
        }
        for (Argument argument : model.arguments.values()) {
            if (!argument.isReconstructed()) {
                continue;
            }
            ArgdownModel.Statement conclusion = argument.conclusion();
            Relation relation = only.get(conclusion);
            if (DataKeys.IMPLICIT_CONCLUSION.equals(conclusion.data.get(DataKeys.MARKER))
                    && conclusion.members.stream().filter(m -> !m.reference()).count() == 1
                    && uses.getOrDefault(conclusion, 0) == 2 && relation != null && relation.from == conclusion) {
                folded.put(argument, relation);
                foldedByConclusion.put(conclusion, argument);
            }
        }
    }

    private void addStatement(ArgdownModel.Statement statement) {
        if (foldedByConclusion.containsKey(statement)) {
            return;
        }
        warnIfDefinedTwice(statement);
        statements.put(statement, map.addStatement(Contents.statement(statement)));
    }

    private void warnIfDefinedTwice(ArgdownModel.Node node) {
        Member canonical = node.canonical();
        for (Member member : node.members) {
            if (!member.reference() && canonical != null && !member.text().equals(canonical.text())) {
                warnings.add(source.place(member.offset()) + ": " + label(node) + " is defined again with another text;"
                        + " the map keeps the one on line " + source.line(canonical.offset()) + ", as Argdown's map shows it");
                return;
            }
        }
    }

    private static String label(ArgdownModel.Node node) {
        return node instanceof Argument ? "<" + node.title + ">" : "[" + node.title + "]";
    }

    /** One inference per inference line: the statements since the previous conclusion (with it) lead to the next. */
    private void addSteps(Argument argument) {
        List<Statement> premises = new ArrayList<>();
        for (int i = 0; i < argument.pcs.size(); i++) {
            PcsEntry entry = argument.pcs.get(i);
            Statement statement = statements.get(entry.statement());
            if (!entry.isConclusion()) {
                premises.add(statement);
                continue;
            }
            boolean last = i == argument.pcs.size() - 1;
            List<String> ids = premiseIds(premises, statement, entry);
            if (last && folded.containsKey(argument)) {
                foldedPremises.put(argument, premises.stream().filter(p -> ids.contains(p.id())).distinct().toList());
                return;
            }
            InferenceContent content = last
                    ? Contents.argument(argument, entry.inference().data, entry.inference().rules, InferenceType.SUPPORT,
                    InferenceFlavour.DEFEASIBLE)
                    : Contents.step(argument, entry.inference());
            Inference step = add(content, ids, statement, entry.offset());
            if (step != null) {
                created.put(entry.inference(), step);
                if (last) {
                    created.put(argument, step);
                }
            }
            premises.clear();
            premises.add(statement);
        }
    }

    private List<String> premiseIds(List<Statement> premises, Statement conclusion, PcsEntry entry) {
        Set<String> ids = new LinkedHashSet<>();
        for (Statement premise : premises) {
            if (premise == conclusion) {
                warnings.add(source.place(entry.offset()) + ": a conclusion cannot be its own premise; ("
                        + entry.number() + ") is left out of the premises before it");
            } else if (!ids.add(premise.id())) {
                warnings.add(source.place(entry.offset()) + ": a premise appears twice before (" + entry.number()
                        + "); the map lists it once");
            }
        }
        return new ArrayList<>(ids);
    }

    private Inference add(InferenceContent content, List<String> premises, MapNode target, int offset) {
        if (premises.isEmpty() && !content.hasOwnWords()) {
            warnings.add(source.place(offset) + ": a step without premises of its own is left out");
            return null;
        }
        try {
            return map.addInference(content, premises, target.id());
        } catch (MapInvariantException e) {
            warnings.add(source.place(offset) + ": left out: " + e.getMessage());
            return null;
        }
    }

    /**
     * Creates whatever can be created; whatever waits for an argument or step is tried again as
     * soon as that exists, so a long chain of undercuts costs one pass, in any order. When
     * nothing can go on, a loop of arguments is broken with a stand-in conclusion.
     */
    private void resolve(List<Object> pending) {
        Deque<Object> queue = new ArrayDeque<>(pending);
        Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());
        open.addAll(pending);
        Map<Object, List<Object>> waiters = new IdentityHashMap<>();
        while (true) {
            while (!queue.isEmpty()) {
                Object plan = queue.poll();
                if (!open.contains(plan)) {
                    continue;
                }
                waitingFor.clear();
                if (tryCreate(plan)) {
                    open.remove(plan);
                } else {
                    waitingFor.forEach(key -> waiters.computeIfAbsent(key, k -> new ArrayList<>()).add(plan));
                }
                wake(waiters, queue);
            }
            Argument stuck = (Argument) pending.stream().filter(p -> p instanceof Argument && open.contains(p))
                    .findFirst().orElse(null);
            if (stuck == null) {
                break;
            }
            open.remove(stuck);
            if (folded.containsKey(stuck)) {
                unfold(stuck);
            } else {
                addWithStandIn(stuck);
            }
            wake(waiters, queue);
        }
        for (Object left : pending) {
            if (open.contains(left)) {
                warnings.add(source.place(((Relation) left).offset) + ": a relation is left out: what it aims at could"
                        + " not be built");
            }
        }
    }

    private void wake(Map<Object, List<Object>> waiters, Deque<Object> queue) {
        for (Object key : fresh) {
            queue.addAll(waiters.getOrDefault(key, List.of()));
            waiters.remove(key);
        }
        fresh.clear();
    }

    private void created(Object key, Inference inference) {
        created.put(key, inference);
        fresh.add(key);
    }

    private boolean tryCreate(Object plan) {
        if (plan instanceof Argument argument) {
            return folded.containsKey(argument) ? tryFolded(argument) : tryMain(argument);
        }
        return tryRelation((Relation) plan);
    }

    private boolean tryFolded(Argument argument) {
        Relation relation = folded.get(argument);
        MapNode target = target(relation.to);
        if (target == null) {
            waitingFor.add(relation.to);
            return false;
        }
        RelationMapping mapping = RelationMapping.of(relation);
        ArgdownModel.Inference line = argument.mainInference();
        InferenceContent content = Contents.argument(argument, line.data, line.rules, mapping.type(), mapping.flavour());
        content = content.withData(mapping.withExtra(content.data()));
        List<String> ids = foldedPremises.get(argument).stream().map(Statement::id).toList();
        Inference main = add(content, ids, target, argument.pcsOffset);
        if (main != null) {
            created(argument, main);
            created(line, main);
        }
        mainRelation.put(argument, relation);
        return true;
    }

    /** A folded conclusion that cannot fold (its relation is in a loop) is stated after all. */
    private void unfold(Argument argument) {
        ArgdownModel.Statement conclusion = argument.conclusion();
        statements.put(conclusion, map.addStatement(Contents.statement(conclusion)));
        folded.remove(argument);
        foldedByConclusion.remove(conclusion);
        List<String> ids = foldedPremises.get(argument).stream().map(Statement::id).toList();
        ArgdownModel.Inference line = argument.mainInference();
        Inference main = add(Contents.argument(argument, line.data, line.rules, InferenceType.SUPPORT,
                InferenceFlavour.DEFEASIBLE), ids, statements.get(conclusion), argument.pcsOffset);
        if (main != null) {
            created(argument, main);
            created(line, main);
        }
    }

    /** An argument without structure is aimed at what one of its relations aims at, a statement if it can. */
    private boolean tryMain(Argument argument) {
        List<Relation> outgoing = this.outgoing.getOrDefault(argument, List.of());
        if (outgoing.isEmpty()) {
            addWithStandIn(argument);
            return true;
        }
        for (boolean statementsOnly : new boolean[] {true, false}) {
            for (Relation relation : outgoing) {
                MapNode target = target(relation.to);
                if (target == null) {
                    waitingFor.add(relation.to);
                }
                if (target == null || (statementsOnly && !(target instanceof Statement))) {
                    continue;
                }
                RelationMapping mapping = RelationMapping.of(relation);
                InferenceContent content = Contents.argument(argument, Map.of(), List.of(), mapping.type(), mapping.flavour());
                content = named(content.withData(mapping.withExtra(content.data())));
                try {
                    created(argument, map.addInference(content, List.of(), target.id()));
                    mainRelation.put(argument, relation);
                    return true;
                } catch (MapInvariantException loop) {
                    // another relation may do
                }
            }
        }
        return false;
    }

    private void addWithStandIn(Argument argument) {
        StatementContent standIn = StatementContent.claim("Conclusion of <" + argument.title + ">")
                .withData(Map.of(DataKeys.IMPLICIT, "conclusion"));
        Statement conclusion = map.addStatement(standIn);
        InferenceContent content = Contents.argument(argument, Map.of(), List.of(), InferenceType.SUPPORT,
                InferenceFlavour.DEFEASIBLE).withType(InferenceType.SUPPORT);
        created(argument, map.addInference(named(content), List.of(), conclusion.id()));
    }

    /**
     * An argument without premises stands in the map by its title or description; one written with
     * neither ("<   >:", found by ArgdownFuzzTest) would break the map's rule and crash the reading,
     * so it is called what it is.
     */
    private static InferenceContent named(InferenceContent content) {
        return content.title().isBlank() && content.description().isBlank()
                ? content.withTitle("Untitled argument") : content;
    }

    private boolean tryRelation(Relation relation) {
        Object from = relation.from;
        if (from instanceof Argument argument && argument.isReconstructed()) {
            from = argument.conclusion();
        }
        Inference main = null;
        if (from instanceof Argument argument) {
            main = created.get(argument);
            if (main == null) {
                waitingFor.add(argument);
                return false;
            }
            if (mainRelation.get(argument) == relation) {
                return true;
            }
        } else if (owner(from) != null) {
            waitingFor.add(owner(from));
            return created.containsKey(owner(from));
        }
        MapNode target = target(relation.to);
        if (target == null) {
            waitingFor.add(relation.to);
            return false;
        }
        RelationMapping mapping = RelationMapping.of(relation);
        if (main != null) {
            Argument argument = (Argument) from;
            InferenceFlavour flavour = argument.data.get("flavour") instanceof String f
                    ? DataKeys.flavour(f, mapping.flavour()) : mapping.flavour();
            add(Contents.furtherRelation(main.content(), mapping.type(), flavour, mapping.extra()), List.of(), target,
                    relation.offset);
        } else {
            InferenceContent content = new InferenceContent(mapping.type(), mapping.flavour(), "", "", "", "", mapping.extra());
            add(content, List.of(statements.get((ArgdownModel.Statement) from).id()), target, relation.offset);
        }
        return true;
    }

    /** The argument whose folded conclusion this statement is, or null. */
    private Argument owner(Object statement) {
        return foldedByConclusion.get(statement);
    }

    private MapNode target(Object to) {
        if (to instanceof ArgdownModel.Statement statement) {
            return statements.get(statement);
        }
        return created.get(to);
    }
}
