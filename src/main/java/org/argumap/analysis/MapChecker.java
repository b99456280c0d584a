package org.argumap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Checks a map for what would mislead or stop someone reading it, the way a teacher marks a
 * student's map. The model already refuses broken structure (dangling links, duplicate ids,
 * self-support) and the readers refuse broken files, so everything here is about maps that are
 * well-formed but not yet a good argument.
 *
 * <p>Problems, by their stable codes (each one makes {@code check} exit with 1):
 * <ul>
 * <li>{@value #NO_MAIN_CLAIM}: the map has statements, but every claim feeds another statement or
 *     argument. Without a main claim there is nothing the map argues for; it usually means a
 *     circle or a link drawn the wrong way round.</li>
 * <li>{@value #CIRCULAR_REASONING}: statements that support each other in a circle (a rephrasing
 *     counts as the statement it rephrases), so a claim ends up as a reason for itself. See
 *     {@link CircularReasoning}.</li>
 * <li>{@value #EMPTY_STATEMENT}: a claim without text, or evidence without text, title, quote or
 *     URL. A claim's title is only its name: the map cannot be judged without the proposition.</li>
 * <li>{@value #UNSOURCED_EVIDENCE}: evidence with text but neither URL, title nor quote. Evidence is
 *     a source; one nobody can look up is just another claim.</li>
 * <li>{@value #ISOLATED_STATEMENT}: a statement linked to nothing in a map of several statements.
 *     It plays no part in the argument, and is usually a link forgotten. A one-statement map is a
 *     map being started, not a problem.</li>
 * <li>{@value #DUPLICATE_STATEMENT}: the same claim (or the same evidence) written in two boxes, with
 *     case, spacing and final punctuation ignored. Reasons given for one copy do not count for the
 *     other. Texts under {@value #DUPLICATE_MIN_WORDS} words are not compared: "Yes." or
 *     "[deleted]" repeat in every thread without being the same proposition.</li>
 * <li>{@value #CONTRADICTION_NOT_ATTACK}: an inference marked contradictory that is not an attack.
 *     Contradiction is a kind of attack; the model allows the combination only so that a reader can
 *     load what a file says.</li>
 * </ul>
 *
 * <p>Warnings are what is normal in a map being worked on, so they never change the exit status:
 * replies not yet classified (every thread import is full of them), arguments that have a title but
 * no premises yet (Argdown's not yet reconstructed arguments), and an empty map.
 */
public final class MapChecker {
    public static final String NO_MAIN_CLAIM = "no-main-claim";
    public static final String CIRCULAR_REASONING = "circular-reasoning";
    public static final String EMPTY_STATEMENT = "empty-statement";
    public static final String UNSOURCED_EVIDENCE = "unsourced-evidence";
    public static final String ISOLATED_STATEMENT = "isolated-statement";
    public static final String DUPLICATE_STATEMENT = "duplicate-statement";
    public static final String CONTRADICTION_NOT_ATTACK = "contradiction-not-attack";
    /** The code of a warning, not a problem: it never changes {@code check}'s exit status. */
    public static final String INFERENCE_WITHOUT_PREMISES = "inference-without-premises";

    /** Fewer words than this are too short to be the same proposition just because they read the same. */
    static final int DUPLICATE_MIN_WORDS = 4;
    /** How many reply ids a warning lists before it says "and N more". */
    private static final int LISTED_REPLIES = 5;

    private MapChecker() {
    }

    /** The problems of this map, grouped by kind and in map order within a kind. */
    public static List<Problem> check(ArgumentMap map) {
        Objects.requireNonNull(map);
        List<Problem> problems = new ArrayList<>();
        noMainClaim(map, problems);
        problems.addAll(new CircularReasoning(map).find());
        for (Statement statement : map.statements()) {
            emptyOrUnsourced(statement, problems);
        }
        isolated(map, problems);
        duplicates(map, problems);
        contradictionsNotAttacks(map, problems);
        return List.copyOf(problems);
    }

    /** What is worth knowing but not wrong; one sentence each. */
    public static List<String> warnings(ArgumentMap map) {
        Objects.requireNonNull(map);
        List<String> warnings = new ArrayList<>();
        if (map.isEmpty()) {
            warnings.add("The map is empty.");
        }
        List<String> replies = map.inferences().stream()
                .filter(i -> i.type() == InferenceType.REPLY).map(Inference::id).toList();
        if (!replies.isEmpty()) {
            warnings.add(repliesWarning(replies));
        }
        inferencesWithoutPremises(map).forEach(p -> warnings.add(p.message()));
        return List.copyOf(warnings);
    }

    /**
     * The warning about arguments with no premises yet, with the inferences' ids, so that the
     * editor's feedback can select them ({@link #warnings} gives only the sentences).
     */
    public static List<Problem> inferencesWithoutPremises(ArgumentMap map) {
        Objects.requireNonNull(map);
        List<Problem> found = new ArrayList<>();
        for (Inference inference : map.inferences()) {
            if (inference.premises().isEmpty()) {
                found.add(new Problem(INFERENCE_WITHOUT_PREMISES, capitalise(Excerpt.of(inference))
                        + " has no premises yet: add the statements it rests on.", List.of(inference.id())));
            }
        }
        return List.copyOf(found);
    }

    private static void noMainClaim(ArgumentMap map, List<Problem> problems) {
        if (!map.statements().isEmpty() && map.mainClaims().isEmpty()) {
            problems.add(new Problem(NO_MAIN_CLAIM,
                    "The map has no main claim: every claim supports or attacks something else, so there is"
                            + " nothing the map argues for. Look for a circle or a link drawn the wrong way.",
                    List.of()));
        }
    }

    private static void emptyOrUnsourced(Statement statement, List<Problem> problems) {
        var content = statement.content();
        boolean noText = content.text().isBlank();
        boolean noSource = content.url().isBlank() && content.title().isBlank() && content.quote().isBlank();
        if (statement.kind() == StatementKind.CLAIM && noText) {
            String what = content.title().isBlank()
                    ? "The claim " + statement.id() + " is empty"
                    : "The claim " + Excerpt.quote(content.title()) + " (" + statement.id() + ") has a title but no text";
            problems.add(new Problem(EMPTY_STATEMENT, what + ": write out what it claims, or remove it.",
                    List.of(statement.id())));
        } else if (statement.kind() == StatementKind.EVIDENCE && noText && noSource) {
            problems.add(new Problem(EMPTY_STATEMENT, "The evidence " + statement.id()
                    + " is empty: say what the source shows and where to find it, or remove it.",
                    List.of(statement.id())));
        } else if (statement.kind() == StatementKind.EVIDENCE && noSource) {
            problems.add(new Problem(UNSOURCED_EVIDENCE, "The evidence " + Excerpt.of(statement)
                    + " does not say where it comes from: add a URL, a title or a quote.",
                    List.of(statement.id())));
        }
    }

    private static void isolated(ArgumentMap map, List<Problem> problems) {
        if (map.statements().size() < 2) {
            return;
        }
        for (Statement statement : map.statements()) {
            if (map.graph().degreeOf(statement) == 0) {
                problems.add(new Problem(ISOLATED_STATEMENT, capitalise(Excerpt.of(statement))
                        + " is not connected to anything: link it into the argument, or remove it.",
                        List.of(statement.id())));
            }
        }
    }

    private static void duplicates(ArgumentMap map, List<Problem> problems) {
        List<Statement> statements = map.statements();
        Map<Wording, List<Statement>> byWording = new LinkedHashMap<>(statements.size() * 4 / 3 + 1);
        for (Statement statement : statements) {
            String wording = normalise(statement.text());
            if (words(wording) >= DUPLICATE_MIN_WORDS) {
                // A list of one for most statements: made small, as a large map has one per statement.
                byWording.computeIfAbsent(new Wording(statement.kind(), wording), k -> new ArrayList<>(1)).add(statement);
            }
        }
        for (List<Statement> copies : byWording.values()) {
            if (copies.size() > 1) {
                List<String> ids = copies.stream().map(Statement::id).toList();
                String kind = copies.get(0).kind() == StatementKind.CLAIM ? "claim" : "evidence";
                problems.add(new Problem(DUPLICATE_STATEMENT, "The " + kind + " " + Excerpt.quote(copies.get(0).text())
                        + " is written " + copies.size() + " times (" + String.join(", ", ids)
                        + "): merge the copies, so that what bears on one bears on all.", ids));
            }
        }
    }

    /** What makes two statements copies of each other: the same kind and the same words. */
    private record Wording(StatementKind kind, String words) {
    }

    /** Same words for a reader: case, runs of spaces and final punctuation do not count. */
    static String normalise(String text) {
        if (text.indexOf('\u0085') >= 0) {
            // A next-line character ends a line for the pattern's $, so such rare texts keep the patterns.
            return text.strip().replaceAll("\\s+", " ").replaceAll("[.!?;:]+$", "").toLowerCase(Locale.ROOT);
        }
        // The same as the patterns above without them: a large map has a text per statement.
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isPatternSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        int end = out.length();
        while (end > 0 && ".!?;:".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        out.setLength(end);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** What the pattern \\s matches: ASCII white space only. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** How many words, as {@code wording.split(" ").length} counts them in a normalised text. */
    static int words(String wording) {
        if (wording.isEmpty()) {
            return 1;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < wording.length(); i++) {
            boolean space = wording.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return wording.charAt(0) == ' ' ? words + 1 : words;
    }

    private static void contradictionsNotAttacks(ArgumentMap map, List<Problem> problems) {
        for (Inference inference : map.inferences()) {
            if (inference.content().flavour() == InferenceFlavour.CONTRADICTORY && inference.type() != InferenceType.ATTACK) {
                problems.add(new Problem(CONTRADICTION_NOT_ATTACK, capitalise(Excerpt.of(inference))
                        + " is marked contradictory, but only an attack can be a contradiction:"
                        + " make it an attack, or drop the mark.", List.of(inference.id())));
            }
        }
    }

    private static String repliesWarning(List<String> replies) {
        String listed = String.join(", ", replies.subList(0, Math.min(LISTED_REPLIES, replies.size())));
        if (replies.size() > LISTED_REPLIES) {
            listed += " and " + (replies.size() - LISTED_REPLIES) + " more";
        }
        String count = replies.size() == 1 ? "1 reply is" : replies.size() + " replies are";
        String each = replies.size() == 1 ? "it" : "each";
        return count + " not yet classified (" + listed + "): mark " + each + " as a support, an attack or a rephrase.";
    }

    private static String capitalise(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
