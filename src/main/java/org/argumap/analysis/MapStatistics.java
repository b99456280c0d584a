package org.argumap.analysis;

import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * The counts that describe a map at a glance, as {@code check} prints them.
 *
 * @param statements all statements
 * @param claims     statements of kind claim
 * @param evidence   statements of kind evidence
 * @param authors    distinct non-blank statement authors (compared after trimming, case-sensitively:
 *                   "Ann" and "ann" are two people as far as the map can tell)
 * @param inferences all inferences
 * @param supports   support inferences, whatever their target
 * @param attacks    attack inferences, undercuts included
 * @param undercuts  attacks whose target is an inference (they dispute the step, not the claim)
 * @param rephrases  rephrase inferences
 * @param replies    reply inferences not yet classified as support, attack or rephrase
 * @param offTopic   replies classified as off-topic: bearing on nothing
 * @param linked     inferences with two or more co-premises
 * @param mainClaims claims that feed no inference, as {@link ArgumentMap#mainClaims()} defines them
 */
public record MapStatistics(int statements, int claims, int evidence, int authors,
                            int inferences, int supports, int attacks, int undercuts, int rephrases, int replies,
                            int offTopic, int linked, int mainClaims) {

    /** Counts this map as it is now; the map is not kept. */
    public static MapStatistics of(ArgumentMap map) {
        Objects.requireNonNull(map);
        var statements = map.statements();
        var inferences = map.inferences();
        return new MapStatistics(
                statements.size(),
                count(statements.stream().filter(s -> s.kind() == StatementKind.CLAIM).count()),
                count(statements.stream().filter(s -> s.kind() == StatementKind.EVIDENCE).count()),
                count(statements.stream().map(Statement::author).map(String::strip)
                        .filter(a -> !a.isEmpty()).distinct().count()),
                inferences.size(),
                ofType(map, InferenceType.SUPPORT),
                ofType(map, InferenceType.ATTACK),
                count(inferences.stream().filter(Inference::isUndercut).count()),
                ofType(map, InferenceType.REPHRASE),
                ofType(map, InferenceType.REPLY),
                ofType(map, InferenceType.OFF_TOPIC),
                count(inferences.stream().filter(Inference::isLinked).count()),
                map.mainClaims().size());
    }

    private static int ofType(ArgumentMap map, InferenceType type) {
        return count(map.inferences().stream().filter(i -> i.type() == type).count());
    }

    private static int count(long n) {
        return Math.toIntExact(n);
    }
}
