package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.MapReadException;
import org.argumap.io.argdown.ArgdownModel.Argument;
import org.argumap.io.argdown.ArgdownModel.Inference;
import org.argumap.io.argdown.ArgdownModel.Member;
import org.argumap.io.argdown.ArgdownModel.Node;
import org.argumap.io.argdown.ArgdownModel.PcsEntry;
import org.argumap.io.argdown.ArgdownModel.Relation;
import org.argumap.io.argdown.ArgdownModel.RelationType;
import org.argumap.io.argdown.ArgdownModel.Statement;
import org.argumap.io.argdown.Syntax.Block;
import org.argumap.io.argdown.Syntax.Element;
import org.argumap.io.argdown.Syntax.ElementBlock;
import org.argumap.io.argdown.Syntax.Heading;
import org.argumap.io.argdown.Syntax.InferenceLine;
import org.argumap.io.argdown.Syntax.Pcs;
import org.argumap.io.argdown.Syntax.PcsItem;
import org.argumap.io.argdown.Syntax.PcsStatement;

/**
 * Interprets the syntax tree as Argdown 1.7.5's ModelPlugin does, in the same order, so that
 * generated titles ("Untitled 3"), equivalence classes and relations come out as in Argdown's own
 * JSON export: titles are given when an element's relations start or when it ends, relations
 * are recorded when their child ends, duplicates merge, and then Argdown's three transformations
 * run (an argument's relations move to its conclusion, strict mode, redundant attacks go).
 */
final class ArgdownInterpreter {
    private final SourceText source;
    private final List<String> warnings;
    private final FrontMatter settings;
    private final DataReader dataReader;
    private final ArgdownModel model = new ArgdownModel();
    private final Map<Element, String> generatedTitles = new IdentityHashMap<>();
    private final Set<RelationKey> relationKeys = new HashSet<>();
    private final List<Heading> sections = new ArrayList<>();
    private String currentSection;
    private Inference currentInference;
    private int untitled;

    private record RelationKey(RelationType type, Object from, Object to) {
    }

    ArgdownInterpreter(SourceText source, FrontMatter settings, List<String> warnings) {
        this.source = source;
        this.settings = settings;
        this.warnings = warnings;
        this.dataReader = new DataReader(source, warnings);
    }

    ArgdownModel interpret(List<Block> blocks) throws MapReadException {
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                enter(heading);
            } else if (block instanceof ElementBlock element) {
                visit(element.root());
            } else {
                visit((Pcs) block);
            }
        }
        assignSections();
        if (settings.transformArgumentRelations()) {
            new ArgdownTransformations(model).moveArgumentRelations();
        }
        if (settings.strict()) {
            new ArgdownTransformations(model).makeStatementRelationsStrict();
        }
        new ArgdownTransformations(model).removeRedundantAttacksOnArguments();
        return model;
    }

    private void enter(Heading heading) {
        while (!sections.isEmpty() && sections.get(sections.size() - 1).level() >= heading.level()) {
            sections.remove(sections.size() - 1);
        }
        sections.add(heading);
        currentSection = String.join("\n", sections.stream().map(Heading::line).toList());
    }

    private Node visit(Element element) throws MapReadException {
        Node node = null;
        if (!element.relations().isEmpty()) {
            node = nodeOf(element);
            for (Syntax.Relation relation : element.relations()) {
                visit(node, relation);
            }
        }
        node = nodeOf(element);
        Map<String, Object> data = dataReader.read(element.data);
        boolean canonical = "true".equals(String.valueOf(data.get("isCanonical")));
        node.tags.addAll(element.tags);
        DataReader.merge(node.data, data);
        node.members.add(new Member(element.text, element.reference, canonical, element.offset, currentSection));
        return node;
    }

    private Node nodeOf(Element element) {
        String title = element.title;
        boolean generated = false;
        if (title == null) {
            title = generatedTitles.computeIfAbsent(element, e -> "Untitled " + (++untitled));
            generated = true;
        }
        if (element.argument) {
            return argument(title, generated);
        }
        boolean isGenerated = generated;
        return model.statements.computeIfAbsent(title, t -> new Statement(t, isGenerated));
    }

    private Argument argument(String title, boolean generated) {
        return model.arguments.computeIfAbsent(title, t -> new Argument(t, generated));
    }

    private void visit(Object parent, Syntax.Relation relation) throws MapReadException {
        String symbol = relation.symbol();
        RelationType type = switch (symbol) {
            case "+>", "+", "<+" -> RelationType.SUPPORT;
            case "->", "-", "<-" -> RelationType.ATTACK;
            case "><" -> RelationType.CONTRADICTORY;
            default -> RelationType.UNDERCUT;
        };
        boolean parentIsSource = symbol.equals("+>") || symbol.equals("->") || symbol.equals("><") || symbol.equals("_>");
        Object parentEnd = parent;
        if (type == RelationType.UNDERCUT && !parentIsSource && parent instanceof Statement statement) {
            if (currentInference != null) {
                parentEnd = currentInference;
                warnings.add(source.place(relation.offset()) + ": an undercut (" + symbol + ") under the statement ["
                        + statement.title + "] undercuts the inference line before it (line "
                        + source.line(currentInference.offset) + "), as in Argdown; put it under that inference line");
            } else {
                warnings.add(source.place(relation.offset()) + ": an undercut (" + symbol
                        + ") of a statement is read as an attack; undercuts belong under arguments or inference lines");
            }
        }
        Node child = visit(relation.child());
        Object from = parentIsSource ? parentEnd : child;
        Object to = parentIsSource ? child : parentEnd;
        if (relationKeys.contains(new RelationKey(type, from, to))
                || (type == RelationType.CONTRADICTORY && relationKeys.contains(new RelationKey(type, to, from)))) {
            return;
        }
        relationKeys.add(new RelationKey(type, from, to));
        model.relations.add(new Relation(type, from, to, relation.offset()));
    }

    private void visit(Pcs pcs) throws MapReadException {
        Argument argument = pcs.argument() != null ? argument(pcs.argument().title, false)
                : argument("Untitled " + (++untitled), true);
        if (argument.isReconstructed()) {
            throw source.error(pcs.offset(), "The argument <" + argument.title + "> already has a premise-conclusion"
                    + " structure (line " + source.line(argument.pcsOffset) + "); an argument has only one.");
        }
        argument.pcsOffset = pcs.offset();
        argument.section = currentSection;
        Inference pending = null;
        for (PcsItem item : pcs.items()) {
            if (item instanceof PcsStatement numbered) {
                Statement statement = (Statement) visit(numbered.element());
                if (pending != null) {
                    pending.conclusionIndex = argument.pcs.size();
                }
                argument.pcs.add(new PcsEntry(statement, numbered.number(), pending, numbered.element().offset));
                pending = null;
            } else {
                InferenceLine line = (InferenceLine) item;
                pending = new Inference(argument, line.rules, dataReader.read(line.data), line.offset);
                currentInference = pending;
                for (Syntax.Relation relation : line.relations()) {
                    visit(pending, relation);
                }
            }
        }
    }

    /** Argdown's sections: a statement's is that of its first definition; a reconstruction's, that of its structure. */
    private void assignSections() {
        for (Node node : model.statements.values()) {
            node.section = firstSection(node);
        }
        for (Argument argument : model.arguments.values()) {
            if (argument.section == null) {
                argument.section = firstSection(argument);
            }
        }
    }

    private static String firstSection(Node node) {
        for (Member member : node.members) {
            if (!member.reference()) {
                return member.section();
            }
        }
        return node.members.isEmpty() ? null : node.members.get(0).section();
    }
}
