package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document as Argdown itself understands it: equivalence classes of statements (one per title),
 * arguments with their premise-conclusion structures, and relations, after Argdown's own
 * transformations. Its titles, relation types and endpoints are what Argdown's JSON export
 * calls {@code statements}, {@code arguments} and {@code relations}, so it is compared with that
 * export in the tests.
 */
final class ArgdownModel {
    final Map<String, Statement> statements = new LinkedHashMap<>();
    final Map<String, Argument> arguments = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();

    /** Relation types as Argdown names them. */
    enum RelationType {
        SUPPORT("support"), ATTACK("attack"), UNDERCUT("undercut"), CONTRADICTORY("contradictory"),
        ENTAILS("entails"), CONTRARY("contrary");

        final String json;

        RelationType(String json) {
            this.json = json;
        }
    }

    /** One place a statement or argument is written. */
    record Member(String text, boolean reference, boolean canonical, int offset, String section) {
    }

    /** Something with a title, members, tags and data: an equivalence class or an argument. */
    abstract static class Node {
        final String title;
        final boolean generatedTitle;
        final List<Member> members = new ArrayList<>();
        final Set<String> tags = new LinkedHashSet<>();
        final Map<String, Object> data = new LinkedHashMap<>();
        String section;

        Node(String title, boolean generatedTitle) {
            this.title = title;
            this.generatedTitle = generatedTitle;
        }

        /** Argdown's canonical member: the last one marked {isCanonical: true}, else the last definition. */
        Member canonical() {
            Member fallback = null;
            for (int i = members.size() - 1; i >= 0; i--) {
                Member member = members.get(i);
                if (!member.reference()) {
                    if (member.canonical()) {
                        return member;
                    }
                    if (fallback == null) {
                        fallback = member;
                    }
                }
            }
            return fallback;
        }

        String text() {
            Member member = canonical();
            return member == null ? "" : member.text();
        }

    }

    /** An equivalence class: every statement written with the same title. */
    static final class Statement extends Node {
        Statement(String title, boolean generatedTitle) {
            super(title, generatedTitle);
        }
    }

    /** An argument and, if reconstructed, its premise-conclusion structure. */
    static final class Argument extends Node {
        final List<PcsEntry> pcs = new ArrayList<>();
        int pcsOffset;

        Argument(String title, boolean generatedTitle) {
            super(title, generatedTitle);
        }

        boolean isReconstructed() {
            return !pcs.isEmpty();
        }

        Statement conclusion() {
            return pcs.get(pcs.size() - 1).statement();
        }

        /** The inference that leads to the main conclusion. */
        Inference mainInference() {
            return pcs.get(pcs.size() - 1).inference();
        }
    }

    /**
     * A statement of a premise-conclusion structure; a conclusion carries the inference before it.
     *
     * @param number the number as written, such as "3"
     */
    record PcsEntry(Statement statement, String number, Inference inference, int offset) {
        boolean isConclusion() {
            return inference != null;
        }
    }

    /** An inference line: its rules, {data}, and the index of the conclusion it leads to. */
    static final class Inference {
        final Argument argument;
        final List<String> rules;
        final Map<String, Object> data;
        final int offset;
        int conclusionIndex = -1;

        Inference(Argument argument, List<String> rules, Map<String, Object> data, int offset) {
            this.argument = argument;
            this.rules = List.copyOf(rules);
            this.data = data;
            this.offset = offset;
        }
    }

    /**
     * A relation. {@code from} is a {@link Statement} or {@link Argument}; {@code to} is one of
     * those or an {@link Inference} (an undercut of one step of a reconstructed argument).
     */
    static final class Relation {
        RelationType type;
        Object from;
        Object to;
        final int offset;

        Relation(RelationType type, Object from, Object to, int offset) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.offset = offset;
        }

    }
}
