package org.argumap.analysis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/**
 * The answers {@link MapSearchProperties} expects, worked out the plain way and without the search's
 * own code (no SearchText, BoxKind.of, ReadingOrder or MapWalk): the generators' fixed vocabulary
 * folded by hand, {@link String#contains}, a table from a box's role to the kinds it is listed
 * under, and a recursive walk over the map's lists for the reading order. Only maps built from that
 * vocabulary can be answered; another word fails loudly rather than being guessed.
 */
final class PlainSearch {
    /** Every text the generators use, with its folded form written out: lower case, no accents, plain quotes and dashes. */
    private static final Map<String, String> FOLDED = table(
            // words of statements
            "Zürich", "zurich", "zurich", "zurich", "rent", "rent", "Rent’s", "rent's", "green", "green",
            "GREEN", "green", "space", "space", "naïve", "naive", "café", "cafe", "cafe", "cafe", "Œuvre", "oeuvre",
            "housing", "housing", "–", "-", "“quoted”", "\"quoted\"",
            // tags, authors and notes
            "a", "a", "b", "b", "c", "c", "", "", "Ana", "ana", "Ben", "ben", "Çelik", "celik",
            "see green space", "see green space", "Zürich note", "zurich note",
            // further queries
            " ", "", "zur", "zur", "ZURICH", "zurich", "rent's", "rent's", "green sp", "green sp", "CAFÉ", "cafe",
            "oeuvre", "oeuvre", "naive", "naive", "-", "-", "\"quoted\"", "\"quoted\"", "#a", "#a", "ana", "ana",
            "celik", "celik", "note", "note");

    /** The kind of box each role is listed under; evidence adds its own kind (see {@link #kinds}). */
    private static final Map<Role, BoxKind> KIND_OF_ROLE = new EnumMap<>(Map.of(Role.MAIN_CLAIM, BoxKind.MAIN_CLAIM,
            Role.REASON, BoxKind.REASON, Role.OBJECTION, BoxKind.OBJECTION, Role.REBUTTAL, BoxKind.REBUTTAL,
            Role.UNDERCUTTER, BoxKind.UNDERCUT, Role.REPHRASING, BoxKind.REPHRASING, Role.REPLY, BoxKind.REPLY,
            Role.OFF_TOPIC, BoxKind.OFF_TOPIC));

    private PlainSearch() {
    }

    /** The hand-folded vocabulary, for checking the real folding against it. */
    static Map<String, String> vocabulary() {
        return FOLDED;
    }

    /** The ids the search should find: the matching statements in reading order. */
    static List<String> find(ArgumentMap map, MapQuery query) {
        return readingOrder(map).stream().filter(s -> matches(map, s, query)).map(Statement::id).toList();
    }

    static boolean matches(ArgumentMap map, Statement statement, MapQuery query) {
        StatementContent content = statement.content();
        boolean kind = query.kinds().isEmpty() || kinds(map, statement).stream().anyMatch(query.kinds()::contains);
        boolean tag = query.tags().isEmpty() || content.tags().stream().anyMatch(query.tags()::contains);
        boolean author = query.authors().isEmpty() || query.authors().contains(content.author());
        return kind && tag && author && containsWords(content, query.text());
    }

    /** Whether a field of the statement (title, text, author, notes, quote, address, #tag) contains the words, folded. */
    static boolean containsWords(StatementContent content, String words) {
        String wanted = fold(words);
        List<String> fields = new ArrayList<>(List.of(fold(content.title()), fold(content.text()), fold(content.author()),
                fold(content.notes()), fold(content.quote()), fold(content.url())));
        content.tags().forEach(tag -> fields.add("#" + fold(tag)));
        return fields.stream().anyMatch(field -> field.contains(wanted));
    }

    /** The kinds a statement's box is listed under: evidence that supports or stands alone is just evidence. */
    static Set<BoxKind> kinds(ArgumentMap map, Statement statement) {
        BoxKind role = KIND_OF_ROLE.get(map.roleOf(statement));
        if (statement.kind() != StatementKind.EVIDENCE) {
            return Set.of(role);
        }
        return role == BoxKind.MAIN_CLAIM || role == BoxKind.REASON ? Set.of(BoxKind.EVIDENCE) : Set.of(BoxKind.EVIDENCE, role);
    }

    /**
     * Top-down, as an outline reads: each statement that feeds nothing, in map order, followed by
     * what hangs below it; then, in map order, whatever no such statement leads to (a circle).
     */
    static List<Statement> readingOrder(ArgumentMap map) {
        List<Statement> order = new ArrayList<>();
        Set<Statement> seen = new HashSet<>();
        for (Statement statement : map.statements()) {
            if (firstOut(map, statement) == null) {
                visit(map, statement, seen, order);
            }
        }
        for (Statement statement : map.statements()) {
            visit(map, statement, seen, order);
        }
        return order;
    }

    private static void visit(ArgumentMap map, Statement statement, Set<Statement> seen, List<Statement> order) {
        if (seen.add(statement)) {
            order.add(statement);
            visitBelow(map, statement, seen, order);
        }
    }

    /** For each inference into the node, in map order: the premises that hang from it, then its undercuts. */
    private static void visitBelow(ArgumentMap map, MapNode node, Set<Statement> seen, List<Statement> order) {
        for (Inference inference : map.inferences()) {
            if (inference.target().equals(node)) {
                for (Statement premise : inference.premises()) {
                    if (inference.equals(firstOut(map, premise))) {
                        visit(map, premise, seen, order);
                    }
                }
                visitBelow(map, inference, seen, order);
            }
        }
    }

    /** The first inference in map order that the statement feeds: the one it hangs from. */
    private static Inference firstOut(ArgumentMap map, Statement statement) {
        return map.inferences().stream().filter(i -> i.premises().contains(statement)).findFirst().orElse(null);
    }

    /** A text of the vocabulary folded: one entry of the table, or words of it joined by single spaces. */
    private static String fold(String text) {
        String whole = FOLDED.get(text);
        if (whole != null) {
            return whole;
        }
        return Arrays.stream(text.split(" ", -1)).map(word -> {
            String folded = FOLDED.get(word);
            if (folded == null) {
                throw new IllegalArgumentException("'" + word + "' is not in the hand-folded vocabulary; add it");
            }
            return folded;
        }).collect(Collectors.joining(" "));
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> table = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String earlier = table.put(pairs[i], pairs[i + 1]);
            if (earlier != null && !earlier.equals(pairs[i + 1])) {
                throw new IllegalStateException("two folded forms for '" + pairs[i] + "'");
            }
        }
        return Map.copyOf(table);
    }
}
