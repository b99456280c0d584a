package org.argumap.analysis.feedback;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.analysis.Excerpt;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.Problem;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Main claims and reasons that nothing supports: the next thing a student writing a map should do
 * is give them a reason or evidence.
 *
 * <p>Only claims the map argues for are asked for support. An objection or a rebuttal is the
 * other side's voice: asking a student to back every objection would have them argue against
 * themselves, and the way to deal with one is to answer it ({@link UnansweredObjections}).
 * Evidence is the ground itself: it needs a source ({@code unsourced-evidence}), not a reason.
 * Empty and unlinked claims are left to the checker's problems, so one box never gets two notes
 * saying the same thing.
 */
final class UnsupportedClaims {
    static final String CODE = "unsupported-claim";

    private UnsupportedClaims() {
    }

    static List<Finding> find(ArgumentMap map, List<Problem> problems) {
        Set<String> alreadyFlagged = problems.stream()
                .filter(p -> p.code().equals(MapChecker.EMPTY_STATEMENT) || p.code().equals(MapChecker.ISOLATED_STATEMENT))
                .flatMap(p -> p.ids().stream()).collect(Collectors.toSet());
        return map.statements().stream()
                .filter(s -> s.kind() == StatementKind.CLAIM && !alreadyFlagged.contains(s.id()))
                .filter(s -> !isSupported(map, s))
                .map(s -> finding(map, s))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Finding> finding(ArgumentMap map, Statement claim) {
        Role role = map.roleOf(claim);
        String what = switch (role) {
            case MAIN_CLAIM -> "The main claim ";
            case REASON -> "The reason ";
            default -> null;
        };
        if (what == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(CODE, Severity.SUGGESTION,
                what + Excerpt.of(claim) + " has no reason or evidence beneath it.", List.of(claim.id()),
                "Give a reason for it, or evidence beneath it."));
    }

    /** A support without premises does not count: it is an argument still to be written. */
    private static boolean isSupported(ArgumentMap map, Statement claim) {
        for (Inference into : map.inferencesInto(claim)) {
            if (into.type() == InferenceType.SUPPORT && !into.premises().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
