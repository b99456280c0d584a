package org.argumap.edit.clipboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.InferenceContent;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/**
 * Writes a fragment as an indented plain-text outline, the clipboard's text for other programs
 * (mail, documents, chat), which {@link OutlineTextParser} reads back:
 *
 * <pre>
 * * Homework should be abolished.
 *   + Homework widens inequality.
 *     + Pupils with help at home gain more from it.
 *     &amp; Not every pupil has help at home.
 *       -! The gain could have other causes.
 *   - Practice needs time outside school.
 *     + Study on homework and attainment &lt;https://example.org/study&gt;
 * </pre>
 *
 * <ul>
 *   <li>One statement per line, indented two spaces per level below the line it bears on.</li>
 *   <li>Each line starts with a mark and a space: {@code +} a reason (support), {@code -} an
 *   objection (attack), {@code =} a rephrasing, {@code ?} an unclassified reply, {@code ~} an off-topic one; {@code &} a
 *   further linked co-premise, together with the line above at the same level; {@code *} a top
 *   statement that hung from nothing. A top statement that hung from a box outside the copy
 *   carries the mark of that link.</li>
 *   <li>A type mark followed by {@code !} ({@code -!}, {@code +!}) bears on the step rather than
 *   the statement: it sits under a premise and attacks (undercuts) or supports the inference from
 *   that premise's group to the line above the group.</li>
 *   <li>The text is the statement's text on one line (line breaks become spaces), or its title when
 *   it has no text; evidence with an address ends with it in angle brackets.</li>
 *   <li>A statement reached a second time (shared, or in a circle) is written again without what
 *   is under it.</li>
 * </ul>
 * Titles of texted statements, authors, tags, notes, inference details and positions are left
 * out: the JSON on the clipboard carries those.
 */
public final class OutlineTextWriter {
    private static final String INDENT = "  ";

    private final MapFragment fragment;
    private final Map<String, StatementContent> statements = new LinkedHashMap<>();
    private final Map<String, List<MapFragment.InferenceEntry>> into = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private final StringBuilder out = new StringBuilder();

    private OutlineTextWriter(MapFragment fragment) {
        this.fragment = fragment;
        fragment.statements().forEach(s -> statements.put(s.id(), s.content()));
        fragment.inferences().forEach(i -> into.computeIfAbsent(i.targetId(), k -> new ArrayList<>()).add(i));
    }

    /** The outline, LF line ends, a final newline; empty for an empty fragment. */
    public static String write(MapFragment fragment) {
        return new OutlineTextWriter(fragment).writeAll();
    }

    private String writeAll() {
        Set<MapFragment.Attachment> done = new HashSet<>();
        for (MapFragment.StatementEntry root : fragment.roots()) {
            MapFragment.Attachment attachment = attachmentOf(root.id());
            if (attachment != null && done.add(attachment)) {
                writeGroup(attachment.premiseIds(), OutlineMarks.of(attachment.content().type()), 0);
                writeOnStep(attachment.id(), 1);
            } else if (attachment == null && !written.contains(root.id())) {
                writeStatement(root.id(), OutlineMarks.PLAIN, 0);
            }
        }
        for (MapFragment.Attachment attachment : fragment.attachments()) {
            if (done.add(attachment)) { // its first premise also bears on something inside the copy
                writeGroup(attachment.premiseIds(), OutlineMarks.of(attachment.content().type()), 0);
                writeOnStep(attachment.id(), 1);
            }
        }
        for (MapFragment.StatementEntry s : fragment.statements()) {
            if (!written.contains(s.id())) {
                writeStatement(s.id(), OutlineMarks.PLAIN, 0); // in a circle, or under an attachment's co-premise
            }
        }
        return out.toString();
    }

    private MapFragment.Attachment attachmentOf(String statementId) {
        return fragment.attachments().stream().filter(a -> a.premiseIds().contains(statementId)).findFirst().orElse(null);
    }

    /** Premises of one inference: the first with the mark, the others joined to it. */
    private void writeGroup(List<String> premiseIds, String mark, int depth) {
        for (int p = 0; p < premiseIds.size(); p++) {
            writeStatement(premiseIds.get(p), p == 0 ? mark : OutlineMarks.CO_PREMISE, depth);
        }
    }

    private void writeStatement(String id, String mark, int depth) {
        line(depth, mark, text(statements.get(id)));
        if (!written.add(id)) {
            return;
        }
        for (MapFragment.InferenceEntry inference : into.getOrDefault(id, List.of())) {
            writeInference(inference, depth + 1, false);
        }
    }

    private void writeInference(MapFragment.InferenceEntry inference, int depth, boolean onStep) {
        String mark = OutlineMarks.of(inference.content().type()) + (onStep ? OutlineMarks.ON_STEP : "");
        if (inference.premiseIds().isEmpty()) {
            line(depth, mark, words(inference.content())); // an argument not yet reconstructed: its words
        } else {
            writeGroup(inference.premiseIds(), mark, depth);
        }
        writeOnStep(inference.id(), depth + 1);
    }

    /** What bears on a step goes under its group's last line, after that line's own branch. */
    private void writeOnStep(String inferenceId, int depth) {
        for (MapFragment.InferenceEntry onThis : into.getOrDefault(inferenceId, List.of())) {
            writeInference(onThis, depth, true);
        }
    }

    private void line(int depth, String mark, String text) {
        out.append(INDENT.repeat(depth)).append(mark);
        if (!text.isEmpty()) {
            out.append(' ').append(text);
        }
        out.append('\n');
    }

    static String text(StatementContent content) {
        String words = oneLine(content.text().isBlank() ? content.title() : content.text());
        if (content.kind() == StatementKind.EVIDENCE && !content.url().isBlank()) {
            String address = "<" + oneLine(content.url()).replace(" ", "%20") + ">";
            return words.isEmpty() ? address : words + " " + address;
        }
        return words;
    }

    private static String words(InferenceContent content) {
        return oneLine(content.title().isBlank() ? content.description() : content.title());
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
