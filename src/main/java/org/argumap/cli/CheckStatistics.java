package org.argumap.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.analysis.Excerpt;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import org.argumap.analysis.statistics.ArgumentStatistics;
import org.argumap.analysis.statistics.Balance;
import org.argumap.analysis.statistics.Count;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Role;
import org.argumap.model.Statement;

/**
 * {@code check}'s statistics beyond the counts: its "Statistics" section for people, and its keys
 * in {@code --json} ({@code roles}, {@code depth}, {@code balance}, {@code mostAttacked},
 * {@code authorsContributions}, {@code unattributed}, {@code standingShares}), which only ever add
 * to the promised ones.
 *
 * @param excerpts   the quoted words of the statements the report names, as the map is not kept
 * @param mainClaims the ids of the main claims, whose balance the text report shows
 */
record CheckStatistics(ArgumentStatistics figures, Map<String, String> excerpts, Set<String> mainClaims) {
    /** A thread has hundreds of authors; the text report names the most active. */
    private static final int LISTED_AUTHORS = 10;
    /** The balance under main claims only, and a few of them, in the text report. */
    private static final int LISTED_BALANCES = 5;
    private static final String INDENT = "  ";
    private static final int LABEL_WIDTH = 16;

    CheckStatistics {
        Objects.requireNonNull(figures);
        excerpts = Map.copyOf(excerpts);
        mainClaims = Set.copyOf(mainClaims);
    }

    static CheckStatistics of(ArgumentMap map, Evaluation evaluation) {
        ArgumentStatistics figures = ArgumentStatistics.of(map, evaluation);
        Map<String, String> excerpts = new LinkedHashMap<>();
        figures.mostAttacked().forEach(c -> excerpts.put(c.name(), Excerpt.of(map.statement(c.name()))));
        for (Statement claim : map.mainClaims()) {
            excerpts.put(claim.id(), Excerpt.of(claim));
        }
        return new CheckStatistics(figures, excerpts,
                map.mainClaims().stream().map(Statement::id).collect(Collectors.toSet()));
    }

    // ---- for people ----------------------------------------------------------------------------

    void printHuman(PrintWriter out) {
        out.println("Statistics:");
        line(out, "depth", String.valueOf(figures.depth()));
        line(out, "roles", roles());
        int total = figures.standing().total();
        line(out, "standing", total == 0 ? "nothing to evaluate"
                : figures.standing().in() + " of " + total + " statements stand (" + percent(Label.IN) + "), "
                        + figures.standing().out() + " fall, " + figures.standing().undecided() + " undecided");
        lines(out, "most attacked", figures.mostAttacked().stream()
                .map(c -> excerpt(c.name()) + ": " + plural(c.count(), "attack")).toList(), "nothing is attacked");
        lines(out, "authors", authors(), "no statement has an author");
        lines(out, "balance", figures.balance().stream().filter(b -> mainClaims.contains(b.id()))
                .limit(LISTED_BALANCES).map(this::balance).toList(), "no main claim");
        out.println();
    }

    private String roles() {
        StringBuilder text = new StringBuilder();
        for (Role role : Role.values()) {
            int n = figures.roles().get(role);
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(roleWord(role, n));
            }
        }
        return text.length() == 0 ? "none" : text.toString();
    }

    private List<String> authors() {
        List<String> listed = new ArrayList<>(figures.authors().stream().limit(LISTED_AUTHORS)
                .map(c -> c.name() + ": " + plural(c.count(), "statement")).toList());
        int more = figures.authors().size() - LISTED_AUTHORS;
        if (more > 0) {
            listed.add("and " + plural(more, "more author"));
        }
        if (figures.unattributed() > 0 && !listed.isEmpty()) {
            listed.add("without author: " + plural(figures.unattributed(), "statement"));
        }
        return listed;
    }

    private String balance(Balance b) {
        return excerpt(b.id()) + ": " + plural(b.supports(), "reason") + ", " + plural(b.attacks(), "objection")
                + " (in its branch " + b.branchSupports() + " and " + b.branchAttacks() + ")";
    }

    private String excerpt(String id) {
        return excerpts.getOrDefault(id, id);
    }

    private String percent(Label label) {
        return Math.round(100 * figures.standing().share(label)) + " %";
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(INDENT + String.format("%-" + (LABEL_WIDTH - INDENT.length()) + "s", label) + value);
    }

    /** The first value beside the label, the others beneath it. */
    private static void lines(PrintWriter out, String label, List<String> values, String none) {
        if (values.isEmpty()) {
            line(out, label, none);
            return;
        }
        line(out, label, values.get(0));
        values.subList(1, values.size()).forEach(v -> line(out, "", v));
    }

    private static String roleWord(Role role, int n) {
        if (role == Role.OFF_TOPIC) {
            return n == 1 ? "off-topic reply" : "off-topic replies";
        }
        String word = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return n == 1 ? word : word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    // ---- for scripts ---------------------------------------------------------------------------

    void addJson(ObjectNode root) {
        ObjectNode roles = root.putObject("roles");
        for (Role role : Role.values()) {
            roles.put(jsonName(role), figures.roles().get(role));
        }
        root.put("depth", figures.depth());
        ArrayNode balance = root.putArray("balance");
        for (Balance b : figures.balance()) {
            balance.addObject().put("id", b.id()).put("supports", b.supports()).put("attacks", b.attacks())
                    .put("branchSupports", b.branchSupports()).put("branchAttacks", b.branchAttacks());
        }
        ArrayNode attacked = root.putArray("mostAttacked");
        for (Count c : figures.mostAttacked()) {
            attacked.addObject().put("id", c.name()).put("text", excerpt(c.name())).put("attacks", c.count());
        }
        ObjectNode authors = root.putObject("authorsContributions");
        figures.authors().forEach(c -> authors.put(c.name(), c.count()));
        root.put("unattributed", figures.unattributed());
        ObjectNode shares = root.putObject("standingShares");
        for (Label label : Label.values()) {
            shares.put(label.word(), figures.standing().share(label));
        }
    }

    /** {@code mainClaim}, {@code undercutter}: the JSON's camel case. */
    private static String jsonName(Role role) {
        String[] words = role.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
