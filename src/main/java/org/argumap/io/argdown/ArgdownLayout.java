package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.argumap.io.argdown.WriterNodes.ArgumentNode;
import org.argumap.io.argdown.WriterNodes.Kind;
import org.argumap.io.argdown.WriterNodes.Node;
import org.argumap.io.argdown.WriterNodes.RelationNode;
import org.argumap.io.argdown.WriterNodes.StatementNode;
import org.argumap.io.argdown.WriterNodes.Step;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Decides where each statement and argument is written in full and where it is only referred to,
 * and nests relations under them. Every statement and argument has one home: a place in a
 * premise-conclusion structure, a top-level paragraph, or a relation line under something else;
 * every relation is written once, under whichever of its ends is written first (a contradiction
 * under its source, because {@code ><} reads from parent to child). A statement written once needs
 * no title, so untitled statements stay untitled wherever the structure allows.
 */
final class ArgdownLayout {
    /** Nesting beyond this continues in a paragraph of its own (with a title to refer by). */
    static final int MAX_DEPTH = 24;

    private final ArgdownView view;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Node, List<RelationNode>> byEnd = new IdentityHashMap<>();
    private final Map<ArgumentNode, Map<Integer, List<RelationNode>>> undercuts = new IdentityHashMap<>();
    private final Map<Node, Node> groups = new IdentityHashMap<>();
    private final Map<Node, Integer> anchorsToCome = new IdentityHashMap<>();
    private final java.util.Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** A top-level paragraph (with its structure, for an argument) under the headings of its first element. */
    record Block(String section, List<Line> lines) {
    }

    sealed interface Line permits ElementLine, InferenceLine, BlankLine {
    }

    /** An element written in full ({@code home}) or as a reference, after a relation symbol or number. */
    record ElementLine(int indent, String prefix, Node node, boolean home) implements Line {
    }

    /** The inference line before the conclusion of one step of a structure. */
    record InferenceLine(ArgumentNode argument, int step) implements Line {
    }

    record BlankLine() implements Line {
    }

    ArgdownLayout(ArgdownView view) {
        this.view = view;
        for (RelationNode relation : view.relations) {
            if (relation.target instanceof Step step) {
                undercuts.computeIfAbsent(step.argument(), k -> new HashMap<>())
                        .computeIfAbsent(step.index(), k -> new ArrayList<>()).add(relation);
            } else {
                byEnd.computeIfAbsent((Node) relation.target, k -> new ArrayList<>()).add(relation);
            }
            byEnd.computeIfAbsent(relation.source, k -> new ArrayList<>()).add(relation);
        }
    }

    List<Block> layOut() {
        assignStructureHomes();
        groupUntitled();
        List<StatementNode> later = new ArrayList<>();
        for (MapNode node : view.map.nodes()) {
            if (node instanceof Statement statement) {
                StatementNode written = view.statements.get(statement);
                if (written != null && written.home instanceof ArgumentNode argument) {
                    emitArgument(argument);
                } else if (written != null && !written.placed && waitsForItsGroup(written)) {
                    later.add(written);
                } else if (written != null && !written.placed) {
                    emitStatement(written);
                }
            } else {
                ArgumentNode argument = view.argumentOf.get((Inference) node);
                if (argument != null) {
                    emitArgument(argument);
                }
            }
        }
        for (StatementNode statement : later) {
            if (!statement.placed) {
                emitStatement(statement);
            }
        }
        for (RelationNode relation : view.relations) {
            if (!relation.written && !(relation.target instanceof Step)) {
                relation.written = true;
                relation.source.references++;
                List<Line> lines = new ArrayList<>();
                lines.add(new ElementLine(0, "", relation.source, false));
                place((Node) relation.target, relation.kind.outgoing, 2, 1, lines);
                blocks.add(new Block(relation.source.section(), lines));
            }
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Block block : blocks) {
            firstSeen.putIfAbsent(Objects.toString(block.section(), ""), firstSeen.size());
        }
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingInt(b -> firstSeen.get(Objects.toString(b.section(), ""))));
        return sorted;
    }

    /** A statement of a structure is written there, unless it belongs under other headings than the argument. */
    private void assignStructureHomes() {
        for (ArgumentNode argument : view.arguments) {
            for (StatementNode statement : argument.pcs) {
                if (statement.home == null
                        && (statement.implicitOf != null || Objects.equals(statement.section(), argument.section()))) {
                    statement.home = argument;
                }
            }
        }
    }

    private void emitStatement(StatementNode statement) {
        markPlaced(statement);
        List<Line> lines = new ArrayList<>();
        lines.add(new ElementLine(0, "", statement, true));
        children(statement, 2, 1, lines);
        blocks.add(new Block(statement.section(), lines));
    }

    private void emitArgument(ArgumentNode argument) {
        if (argument.placed) {
            return;
        }
        argument.placed = true;
        List<Line> lines = new ArrayList<>();
        lines.add(new ElementLine(0, "", argument, true));
        children(argument, 2, 1, lines);
        if (argument.reconstructed()) {
            lines.add(new BlankLine());
            for (int i = 0; i < argument.pcs.size(); i++) {
                int step = argument.concludes.get(i);
                if (step >= 0) {
                    lines.add(new InferenceLine(argument, step));
                    writeUndercuts(argument, step, lines);
                }
                StatementNode statement = argument.pcs.get(i);
                boolean home = statement.home == argument && !statement.placed;
                lines.add(new ElementLine(0, "(" + (i + 1) + ")", statement, home));
                if (home) {
                    markPlaced(statement);
                    children(statement, 2, 1, lines);
                } else {
                    statement.references++;
                }
            }
        }
        blocks.add(new Block(argument.section(), lines));
    }

    /** Undercuts of one step stand under its inference line; Argdown has no other way to aim at an inner step. */
    private void writeUndercuts(ArgumentNode argument, int step, List<Line> lines) {
        for (RelationNode relation : undercuts.getOrDefault(argument, Map.of()).getOrDefault(step, List.of())) {
            if (!relation.written) {
                relation.written = true;
                place(relation.source, "<_", 2, 1, lines);
            }
        }
    }

    /**
     * Writes the relations of a node under it. A relation to an untitled node waiting for its
     * group, or to an untitled node further up whose relations are being written, is left to be
     * written under that node, so that it is the titled end that is referred to.
     */
    private void children(Node parent, int indent, int depth, List<Line> lines) {
        open.add(parent);
        for (RelationNode relation : byEnd.getOrDefault(parent, List.of())) {
            if (relation.written || relation.target instanceof Step) {
                continue;
            }
            boolean outgoing = relation.source == parent;
            if (!outgoing && relation.kind == Kind.CONTRADICTORY) {
                continue;
            }
            Node other = outgoing ? (Node) relation.target : relation.source;
            boolean writableThere = relation.kind != Kind.CONTRADICTORY;
            if (hasOwnTitle(parent) && (waitsForItsGroup(other) || (writableThere && isUntitled(other) && open.contains(other)))) {
                continue;
            }
            relation.written = true;
            place(other, outgoing ? relation.kind.outgoing : relation.kind.incoming, indent, depth, lines);
        }
        open.remove(parent);
    }

    /**
     * Untitled statements connected by relations to each other form groups; a group with an
     * untitled statement whose place is fixed (in a structure, or under the inference line it
     * undercuts) is written from there, so that none of them needs a title. Until that place is
     * written, the group's statements wait.
     */
    private void groupUntitled() {
        for (RelationNode relation : view.relations) {
            if (relation.target instanceof StatementNode target && isUntitled(target) && isUntitled(relation.source)) {
                union(relation.source, target);
            }
        }
        for (StatementNode statement : view.statements.values()) {
            if (isAnchor(statement)) {
                anchorsToCome.merge(find(statement), 1, Integer::sum);
            }
        }
    }

    private boolean isAnchor(StatementNode statement) {
        if (!isUntitled(statement)) {
            return false;
        }
        if (statement.home instanceof ArgumentNode) {
            return true;
        }
        for (RelationNode relation : byEnd.getOrDefault(statement, List.of())) {
            if (relation.source == statement && relation.target instanceof Step) {
                return true;
            }
        }
        return false;
    }

    private boolean waitsForItsGroup(Node node) {
        return isUntitled(node) && !node.placed && anchorsToCome.getOrDefault(find(node), 0) > 0;
    }

    private void markPlaced(Node node) {
        node.placed = true;
        if (node instanceof StatementNode statement && isAnchor(statement)) {
            anchorsToCome.merge(find(statement), -1, Integer::sum);
        }
    }

    private boolean isUntitled(Node node) {
        return !hasOwnTitle(node);
    }

    private Node find(Node node) {
        Node root = node;
        while (groups.containsKey(root)) {
            root = groups.get(root);
        }
        Node step = node;
        while (step != root) {
            Node next = groups.get(step);
            groups.put(step, root);
            step = next;
        }
        return root;
    }

    private void union(Node a, Node b) {
        Node rootA = find(a);
        Node rootB = find(b);
        if (rootA != rootB) {
            groups.put(rootA, rootB);
        }
    }

    /**
     * Whether a title costs nothing: arguments have one, titled statements too, and a conclusion
     * the writer states folds back into its inference on reading, title and all.
     */
    private static boolean hasOwnTitle(Node node) {
        if (node instanceof StatementNode statement) {
            return statement.statement == null || !statement.statement.title().isBlank();
        }
        return true;
    }

    private void place(Node node, String symbol, int indent, int depth, List<Line> lines) {
        boolean home = !node.placed && depth < MAX_DEPTH && node.home == null
                && !(node instanceof ArgumentNode argument && argument.reconstructed());
        lines.add(new ElementLine(indent, symbol, node, home));
        if (home) {
            markPlaced(node);
            children(node, indent + 2, depth + 1, lines);
        } else {
            node.references++;
        }
    }
}
