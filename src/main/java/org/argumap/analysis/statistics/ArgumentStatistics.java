package org.argumap.analysis.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.argumap.analysis.MapStatistics;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * What a map argues and how: the counts of {@link MapStatistics}, and beyond them the roles, the
 * depth, the balance under each claim the map argues for, the most attacked statements, each
 * author's share, and how much stands.
 *
 * @param counts       statements and inferences by kind and type
 * @param roles        statements by role, every role listed (zero too), in the enum's order
 * @param depth        statements along the longest chain from a main claim down: 1 for a lone
 *                     claim, 0 for a map without main claims
 * @param balance      for each main claim and each reason with anything beneath it, in map order
 * @param mostAttacked up to {@value #MOST_ATTACKED} statement ids with the attacks aimed at them (not
 *                     at their steps), most first,
 *                     ties in map order; statements nobody attacks are left out
 * @param authors      statements per author, most first, ties by name; blank authors left out
 * @param unattributed statements without an author
 * @param standing     statements that stand, fall or are undecided
 */
public record ArgumentStatistics(MapStatistics counts, Map<Role, Integer> roles, int depth, List<Balance> balance,
                                 List<Count> mostAttacked, List<Count> authors, int unattributed, Standing standing) {
    public static final int MOST_ATTACKED = 5;

    public ArgumentStatistics {
        Objects.requireNonNull(counts);
        roles = Collections.unmodifiableMap(new EnumMap<>(roles));
        balance = List.copyOf(balance);
        mostAttacked = List.copyOf(mostAttacked);
        authors = List.copyOf(authors);
        Objects.requireNonNull(standing);
    }

    /** @param evaluation which statements of this map stand, of the map as it is now */
    public static ArgumentStatistics of(ArgumentMap map, Evaluation evaluation) {
        Objects.requireNonNull(map);
        Objects.requireNonNull(evaluation);
        Branches branches = new Branches(map);
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, 0);
        }
        List<Balance> balance = new ArrayList<>();
        List<Count> attacked = new ArrayList<>();
        for (Statement statement : map.statements()) {
            Role role = map.roleOf(statement);
            roles.merge(role, 1, Integer::sum);
            Balance b = branches.balance(statement);
            boolean mainClaim = role == Role.MAIN_CLAIM && statement.kind() == StatementKind.CLAIM;
            if (mainClaim || role == Role.REASON && b.supports() + b.attacks() > 0) {
                balance.add(b);
            }
            // Undercuts dispute a step into the statement, not the statement: they do not count here.
            int attacks = (int) map.inferencesInto(statement).stream()
                    .filter(i -> i.type() == InferenceType.ATTACK).count();
            if (attacks > 0) {
                attacked.add(new Count(statement.id(), attacks));
            }
        }
        // A stable sort keeps map order among equals.
        attacked.sort(Comparator.comparingInt(Count::count).reversed());
        int depth = map.mainClaims().stream().mapToInt(branches::height).max().orElse(0);
        return new ArgumentStatistics(MapStatistics.of(map), roles, depth, balance,
                attacked.subList(0, Math.min(MOST_ATTACKED, attacked.size())), authors(map),
                (int) map.statements().stream().filter(s -> s.author().isBlank()).count(), Standing.of(evaluation));
    }

    private static List<Count> authors(ArgumentMap map) {
        Map<String, Integer> byAuthor = new HashMap<>();
        for (Statement statement : map.statements()) {
            String author = statement.author().strip();
            if (!author.isEmpty()) {
                byAuthor.merge(author, 1, Integer::sum);
            }
        }
        return byAuthor.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name))
                .toList();
    }
}
