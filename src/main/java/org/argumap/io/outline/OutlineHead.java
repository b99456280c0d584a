package org.argumap.io.outline;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * The head of the outline: title, description, source, and a line of counts. The counts are
 * taken from the model here (io may not use the analysis layer); they follow the definitions of
 * {@code check}: undercuts are attacks on an inference, linked inferences have two or more premises.
 */
final class OutlineHead {
    private OutlineHead() {
    }

    static void write(ArgumentMap map, StatementMarks marks, StringBuilder out) {
        MapInfo info = map.info();
        String title = OutlineText.oneLine(info.title());
        out.append("# ").append(title.isEmpty() ? "Argument map" : title).append("\n\n");
        if (!info.description().isBlank()) {
            out.append(OutlineText.text(info.description())).append("\n\n");
        }
        List<String> about = new ArrayList<>();
        if (!info.sourceUrl().isBlank()) {
            about.add("Source: <" + info.sourceUrl().strip().replace(" ", "%20").replace(">", "%3E") + ">");
        }
        if (!info.authors().isEmpty()) {
            about.add("Map by " + String.join(", ", info.authors()));
        }
        if (!about.isEmpty()) {
            out.append(String.join(" · ", about)).append("\n\n");
        }
        out.append("**At a glance:** ").append(counts(map)).append("\n\n");
        if (marks != null && marks != StatementMarks.NONE) {
            out.append(standing(map, marks)).append("\n\n");
        }
        out.append("*Key:* **+** supports the line above · **–** attacks it · **=** says it again in other words ·"
                + " **↩ Reply:** answers it, not yet classified · *see above:* written in full earlier\n\n");
    }

    static String counts(ArgumentMap map) {
        List<Statement> statements = map.statements();
        List<Inference> inferences = map.inferences();
        long claims = statements.stream().filter(s -> s.kind() == StatementKind.CLAIM).count();
        long authors = statements.stream().map(s -> s.author().strip()).filter(a -> !a.isEmpty()).distinct().count();
        long undercuts = inferences.stream().filter(Inference::isUndercut).count();
        long linked = inferences.stream().filter(Inference::isLinked).count();
        StringBuilder line = new StringBuilder();
        line.append(count(map.mainClaims().size(), "main claim", "main claims")).append(" · ")
                .append(count(statements.size(), "statement", "statements"))
                .append(" (").append(count(claims, "claim", "claims")).append(", ")
                .append(count(statements.size() - claims, "evidence", "evidence")).append(")");
        if (authors > 0) {
            line.append(" by ").append(count(authors, "author", "authors"));
        }
        line.append(" · ").append(count(inferences.size(), "inference", "inferences")).append(": ")
                .append(count(ofType(map, InferenceType.SUPPORT), "support", "supports")).append(", ")
                .append(count(ofType(map, InferenceType.ATTACK), "attack", "attacks"))
                .append(undercuts > 0 ? " (" + count(undercuts, "undercut", "undercuts") + ")" : "").append(", ")
                .append(count(ofType(map, InferenceType.REPHRASE), "rephrase", "rephrases")).append(", ")
                .append(count(ofType(map, InferenceType.REPLY), "reply", "replies"));
        long offTopic = ofType(map, InferenceType.OFF_TOPIC);
        if (offTopic > 0) {
            line.append(", ").append(offTopic).append(" off-topic");
        }
        if (linked > 0) {
            line.append("; ").append(linked).append(" with linked premises");
        }
        return line.append('.').toString();
    }

    /**
     * How many statements stand, as {@code check} counts them; each statement's own word is at the
     * statement.
     */
    private static String standing(ArgumentMap map, StatementMarks marks) {
        List<String> words = map.statements().stream().map(s -> OutlineText.oneLine(marks.wordFor(s))).toList();
        long stand = words.stream().filter("stands"::equals).count();
        long fall = words.stream().filter("falls"::equals).count();
        long undecided = words.stream().filter("undecided"::equals).count();
        return "**Which claims stand:** " + stand + " of " + count(words.size(), "statement", "statements") + " "
                + (stand == 1 ? "stands" : "stand") + ", " + fall + (fall == 1 ? " falls" : " fall") + ", "
                + undecided + " undecided.";
    }

    private static long ofType(ArgumentMap map, InferenceType type) {
        return map.inferences().stream().filter(i -> i.type() == type).count();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
