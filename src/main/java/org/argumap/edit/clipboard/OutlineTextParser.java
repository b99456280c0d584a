package org.argumap.edit.clipboard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;

/**
 * Reads indented plain text into a fragment: the outline {@link OutlineTextWriter} writes, and the
 * messier lists people paste from documents, mail and chat.
 *
 * <ul>
 *   <li>Each non-blank line is a statement. A line indented deeper than the line above bears on
 *   it; lines indented alike are siblings. Any indentation works, in spaces or tabs (a tab reaches
 *   the next multiple of four columns), as long as it is consistent where it matters.</li>
 *   <li>A line may start with one mark followed by a space, which is taken off: {@code +} a reason,
 *   {@code -} (or an en dash, em dash or minus sign) an objection, {@code =} a rephrasing,
 *   {@code ?} a reply, {@code ~} (or {@code ∅}) an off-topic reply, {@code &} a co-premise linked with the sibling above it, and a type mark
 *   with {@code !} a reason or objection against the step of the line above. Any other bullet
 *   ({@code *}, {@code •}, {@code 1.}, {@code 2)}, {@code a)}, {@code #}) or none makes a line a
 *   reason of the line above it, and a top line a statement that hangs from nothing.</li>
 *   <li>A line ending in a web address ({@code <https://…>} or a bare {@code https://…}) is
 *   evidence from that address.</li>
 *   <li>A mark of the Markdown outline saying whether the statement stands ({@code — ✓ stands},
 *   {@code — ✗ falls}, {@code — ? undecided}) is taken off the end of the line.</li>
 * </ul>
 * Note that {@code -} always means an objection, as in Argumap's outline and in Argdown, also in a
 * list from another program that uses it as its bullet.
 */
public final class OutlineTextParser {
    private static final Pattern TRAILING_ADDRESS = Pattern.compile("^(.*?)\\s*<?((?:https?|ftp)://[^\\s<>]+)>?$");
    /**
     * The mark the Markdown outline puts after a statement that an evaluation labelled (written by
     * io's {@code StatementMarks}, which this layer may not see): whether the statement stands is
     * worked out again from the map, never read from its text.
     */
    private static final Pattern STANDING_MARK = Pattern.compile("\\s+— (?:✓ stands|✗ falls|\\? undecided)$");

    /** A line read so far: its indentation, its statement, and the inference that carries it. */
    private static final class Line {
        final int indent;
        final String statementId;
        String linkId;
        boolean linkIsAttachment;
        Line lastChild;

        Line(int indent, String statementId) {
            this.indent = indent;
            this.statementId = statementId;
        }
    }

    private final List<MapFragment.StatementEntry> statements = new ArrayList<>();
    private final List<MapFragment.InferenceEntry> inferences = new ArrayList<>();
    private final List<MapFragment.Attachment> attachments = new ArrayList<>();
    private final Line top = new Line(-1, null);

    private OutlineTextParser() {
    }

    public static MapFragment parse(String text) {
        OutlineTextParser parser = new OutlineTextParser();
        Deque<Line> open = new ArrayDeque<>();
        for (String raw : text.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            int indent = indentOf(raw);
            while (!open.isEmpty() && open.peek().indent >= indent) {
                open.pop();
            }
            Line parent = open.isEmpty() ? parser.top : open.peek();
            open.push(parser.read(raw.strip(), indent, parent));
        }
        return new MapFragment(parser.statements, parser.inferences, parser.attachments, null);
    }

    private Line read(String content, int indent, Line parent) {
        String token = content.split("\\s", 2)[0];
        String mark = "";
        if (OutlineMarks.typeOf(stepless(token)) != null || token.equals(OutlineMarks.CO_PREMISE)
                || OutlineMarks.isPlainBullet(token)) {
            mark = token;
            content = content.substring(token.length()).strip();
        }
        content = STANDING_MARK.matcher(content).replaceFirst("");
        Line line = new Line(indent, "s" + (statements.size() + 1));
        statements.add(new MapFragment.StatementEntry(line.statementId, statementOf(content), null));
        Line sibling = parent.lastChild;
        parent.lastChild = line;
        if (mark.equals(OutlineMarks.CO_PREMISE) && sibling != null && sibling.linkId != null) {
            joinGroup(line, sibling);
            return line;
        }
        InferenceType type = OutlineMarks.typeOf(stepless(mark));
        boolean onStep = mark.endsWith(OutlineMarks.ON_STEP) && type != null && parent.linkId != null;
        if (parent == top) {
            if (type != null) {
                attach(line, type);
            }
            return line;
        }
        String target = onStep ? parent.linkId : parent.statementId;
        line.linkId = "i" + (inferences.size() + attachments.size() + 1);
        InferenceContent link = InferenceContent.of(type == null ? InferenceType.SUPPORT : type);
        inferences.add(new MapFragment.InferenceEntry(line.linkId, link, List.of(line.statementId), target, null));
        return line;
    }

    private void attach(Line line, InferenceType type) {
        line.linkId = "i" + (inferences.size() + attachments.size() + 1);
        line.linkIsAttachment = true;
        attachments.add(new MapFragment.Attachment(line.linkId, InferenceContent.of(type), List.of(line.statementId),
                null, null));
    }

    /** Adds the line's statement to the premises of its sibling's inference. */
    private void joinGroup(Line line, Line sibling) {
        line.linkId = sibling.linkId;
        line.linkIsAttachment = sibling.linkIsAttachment;
        if (sibling.linkIsAttachment) {
            int at = indexOfAttachment(sibling.linkId);
            MapFragment.Attachment a = attachments.get(at);
            attachments.set(at, new MapFragment.Attachment(a.id(), a.content(), plus(a.premiseIds(), line.statementId),
                    null, null));
        } else {
            int at = indexOfInference(sibling.linkId);
            MapFragment.InferenceEntry i = inferences.get(at);
            inferences.set(at, new MapFragment.InferenceEntry(i.id(), i.content(), plus(i.premiseIds(), line.statementId),
                    i.targetId(), null));
        }
    }

    private int indexOfAttachment(String id) {
        for (int i = 0; i < attachments.size(); i++) {
            if (attachments.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(id);
    }

    private int indexOfInference(String id) {
        for (int i = 0; i < inferences.size(); i++) {
            if (inferences.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(id);
    }

    private static List<String> plus(List<String> ids, String id) {
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }

    private static String stepless(String mark) {
        return mark.endsWith(OutlineMarks.ON_STEP) && mark.length() > 1 ? mark.substring(0, mark.length() - 1) : mark;
    }

    private static StatementContent statementOf(String content) {
        Matcher address = TRAILING_ADDRESS.matcher(content);
        if (address.matches()) {
            return StatementContent.evidence("", address.group(1).strip(), address.group(2));
        }
        return StatementContent.claim(content);
    }

    /** Columns of leading white space; a tab reaches the next multiple of four. */
    private static int indentOf(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                columns += 4 - columns % 4;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                columns++;
            } else {
                break;
            }
        }
        return columns;
    }
}
