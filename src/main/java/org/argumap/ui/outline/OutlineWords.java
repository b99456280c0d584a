package org.argumap.ui.outline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.edit.BoxNames;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.argumap.text.DisplayText;

/**
 * What a line of the outline says, in words: its one-line text, what it is to the line above
 * ("Objection to “Homework should go”"), and the sentence a screen reader speaks for it, such as
 * "Objection to “Homework should go”: Practice needs time. 1 rebuttal, 1 piece of evidence.
 * Collapsed." The relation is read from the inference the line hangs by, so a statement listed
 * again under a second target says what it is there.
 */
final class OutlineWords {
    private static final int QUOTE_LENGTH = 40;

    private final ArgumentMap map;

    OutlineWords(ArgumentMap map) {
        this.map = map;
    }

    /** Whether the line still names things in the map (between an edit and the outline's update it may not). */
    boolean isCurrent(OutlineEntry entry) {
        return entry.kind() == OutlineEntry.Kind.GROUP ? map.inference(entry.inferenceId()) != null
                : map.statement(entry.statementId()) != null
                        && (entry.inferenceId() == null || map.inference(entry.inferenceId()) != null);
    }

    /** The line's text: the statement's title and words on one line, or the linked argument's name. */
    String text(OutlineEntry entry) {
        if (entry.kind() == OutlineEntry.Kind.GROUP) {
            Inference group = map.inference(entry.inferenceId());
            String title = oneLine(group.content().title());
            int premises = group.premises().size();
            return capitalised(noun(entry)) + (title.isEmpty() ? "" : ": " + title)
                    + " (" + premises + (premises == 1 ? " co-premise)" : " co-premises)");
        }
        String words = wordsOf(map.statement(entry.statementId()));
        return words.isEmpty() ? "(empty)" : words;
    }

    /** What the line is to the line above it, such as "Reason for “X”", "Main claim". */
    String relation(OutlineEntry entry) {
        Inference via = entry.inferenceId() == null ? null : map.inference(entry.inferenceId());
        if (via == null) {
            return capitalised(noun(entry));
        }
        String relation = capitalised(noun(entry)) + " " + preposition(entry) + " " + targetName(via.target());
        if (entry.kind() != OutlineEntry.Kind.GROUP && via.premises().size() > 1) {
            Statement self = map.statement(entry.statementId());
            List<String> others = via.premises().stream().filter(p -> p != self).map(OutlineWords::quoted).toList();
            relation += ", together with " + String.join(" and ", others);
        }
        return relation;
    }

    /** The tooltip: the relation, then the statement's full words (with its source, for evidence). */
    String tooltip(OutlineEntry entry) {
        StringBuilder tip = new StringBuilder(relation(entry));
        if (entry.kind() == OutlineEntry.Kind.GROUP) {
            Inference group = map.inference(entry.inferenceId());
            appendParagraph(tip, group.content().title());
            appendParagraph(tip, group.content().description());
            return tip.toString();
        }
        Statement statement = map.statement(entry.statementId());
        appendParagraph(tip, statement.title());
        appendParagraph(tip, DisplayText.of(statement.content()));
        appendParagraph(tip, statement.content().url());
        return tip.toString();
    }

    /**
     * What a screen reader says for the line: relation, words, what hangs below it, and whether
     * that is folded away. {@code below} are the lines directly under it.
     */
    String accessibleText(OutlineEntry entry, List<OutlineEntry> below, boolean expanded) {
        return accessibleText(entry, below, expanded, null);
    }

    /** As above, saying whether the line stands ("Falls.") right after its words; {@code standing} may be null. */
    String accessibleText(OutlineEntry entry, List<OutlineEntry> below, boolean expanded, String standing) {
        StringBuilder said = new StringBuilder(relation(entry));
        if (entry.kind() != OutlineEntry.Kind.GROUP) {
            said.append(": ").append(text(entry));
        } else if (!oneLine(map.inference(entry.inferenceId()).content().title()).isEmpty()) {
            said.append(": ").append(oneLine(map.inference(entry.inferenceId()).content().title()));
        }
        endSentence(said);
        if (standing != null) {
            said.append(' ').append(Character.toUpperCase(standing.charAt(0))).append(standing.substring(1)).append('.');
        }
        String summary = summary(below);
        if (!summary.isEmpty()) {
            said.append(' ').append(summary).append('.');
        }
        if (!below.isEmpty()) {
            said.append(expanded ? " Expanded." : " Collapsed.");
        }
        if (entry.kind() == OutlineEntry.Kind.ALSO) {
            Statement statement = map.statement(entry.statementId());
            said.append(" Listed again here; its own place is under ")
                    .append(targetName(map.inferencesFrom(statement).get(0).target())).append('.');
        }
        return said.toString();
    }

    /** How many lines of each kind: "2 reasons, 1 objection". */
    String summary(List<OutlineEntry> below) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OutlineEntry child : below) {
            if (isCurrent(child)) {
                counts.merge(noun(child), 1, Integer::sum);
            }
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((noun, count) -> {
            summary.append(summary.isEmpty() ? "" : ", ").append(count).append(' ').append(count == 1 ? singular(noun) : plural(noun));
        });
        return summary.toString();
    }

    /** What the line is, in one lower-case noun: "reason", "rebuttal", "evidence", "linked reason". */
    String noun(OutlineEntry entry) {
        Inference via = entry.inferenceId() == null ? null : map.inference(entry.inferenceId());
        if (entry.kind() == OutlineEntry.Kind.GROUP) {
            return "linked " + linkNoun(via, false);
        }
        Statement statement = map.statement(entry.statementId());
        boolean evidence = statement.kind() == StatementKind.EVIDENCE;
        if (via == null) {
            return evidence ? "evidence" : map.inferencesFrom(statement).isEmpty() ? "main claim" : "statement";
        }
        return linkNoun(via, evidence);
    }

    private String linkNoun(Inference via, boolean evidence) {
        if (evidence && (via.type() == InferenceType.SUPPORT || via.type() == InferenceType.ATTACK)) {
            return "evidence";
        }
        return switch (via.type()) {
            case SUPPORT -> "reason";
            case REPHRASE -> "rephrasing";
            case REPLY -> "reply";
            case OFF_TOPIC -> "off-topic reply";
            case ATTACK -> {
                if (via.target() instanceof Inference) {
                    yield "undercut";
                }
                List<Inference> targetFeeds = map.inferencesFrom((Statement) via.target());
                yield !targetFeeds.isEmpty() && targetFeeds.get(0).type() == InferenceType.ATTACK ? "rebuttal" : "objection";
            }
        };
    }

    private String preposition(OutlineEntry entry) {
        Inference via = map.inference(entry.inferenceId());
        String noun = noun(entry);
        if (noun.endsWith("evidence")) {
            return via.type() == InferenceType.ATTACK ? "against" : "for";
        }
        return switch (via.type()) {
            case SUPPORT -> "for";
            case REPLY, OFF_TOPIC -> "to";
            case REPHRASE -> "of";
            case ATTACK -> noun.endsWith("objection") ? "to" : "of";
        };
    }

    /** A statement by its words, or a step as "the step from “P” to “T”". */
    private String targetName(MapNode target) {
        if (target instanceof Statement statement) {
            return quoted(statement);
        }
        Inference step = (Inference) target;
        String title = oneLine(step.content().title());
        if (!title.isEmpty()) {
            return "the step " + quote(title);
        }
        String from = step.premises().isEmpty() ? "an argument" : quoted(step.premises().get(0))
                + (step.premises().size() > 1 ? " and its co-premises" : "");
        return "the step from " + from + " to " + targetName(step.target());
    }

    static String quoted(Statement statement) {
        String words = wordsOf(statement);
        return words.isEmpty() ? "the empty statement" : quote(words);
    }

    private static String quote(String words) {
        return BoxNames.quote(words, QUOTE_LENGTH);
    }

    private static String wordsOf(Statement statement) {
        String title = oneLine(statement.title());
        String text = oneLine(DisplayText.of(statement.content()));
        if (title.isEmpty() || text.isEmpty() || title.equals(text)) {
            return text.isEmpty() ? title : text;
        }
        return title + ": " + text;
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void appendParagraph(StringBuilder to, String paragraph) {
        if (!paragraph.isBlank()) {
            to.append("\n\n").append(paragraph.strip());
        }
    }

    private static void endSentence(StringBuilder sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        if (last != '.' && last != '?' && last != '!' && last != '…') {
            sentence.append('.');
        }
    }

    private static String singular(String noun) {
        return noun.equals("evidence") ? "piece of evidence" : noun;
    }

    private static String plural(String noun) {
        if (noun.equals("evidence")) {
            return "pieces of evidence";
        }
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
