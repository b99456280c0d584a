package org.argumap.edit.clipboard;

import java.util.Map;
import java.util.regex.Pattern;
import org.argumap.model.InferenceType;

/**
 * The marks that begin a line of the plain-text outline, shared by writer and parser. See
 * {@link OutlineTextWriter} for the format.
 */
final class OutlineMarks {
    /** Continues the group of the line above: a further linked co-premise. */
    static final String CO_PREMISE = "&";
    /** A top statement that hung from nothing; any other bullet reads the same. */
    static final String PLAIN = "*";
    /** After a type mark: bears on the step made by the line above, not on its statement. */
    static final String ON_STEP = "!";

    private static final Map<InferenceType, String> WRITTEN = Map.of(
            InferenceType.SUPPORT, "+", InferenceType.ATTACK, "-", InferenceType.REPHRASE, "=", InferenceType.REPLY, "?",
            InferenceType.OFF_TOPIC, "~");
    /** Typed marks as read, with the dashes word processors put in place of a hyphen. */
    private static final Map<String, InferenceType> READ = Map.of(
            "+", InferenceType.SUPPORT, "-", InferenceType.ATTACK, "–", InferenceType.ATTACK, "—", InferenceType.ATTACK,
            "−", InferenceType.ATTACK, "=", InferenceType.REPHRASE, "?", InferenceType.REPLY,
            "~", InferenceType.OFF_TOPIC, "∅", InferenceType.OFF_TOPIC);
    /** Bullets that say nothing about the relation: list bullets, numbers "1." "2)", letters "a)", headings. */
    private static final Pattern PLAIN_BULLET = Pattern.compile("[*•·▪◦‣○●■□➢►>]|\\d{1,3}[.)]|[a-zA-Z]\\)|#{1,6}");

    private OutlineMarks() {
    }

    static String of(InferenceType type) {
        return WRITTEN.get(type);
    }

    /** The inference type a mark (without {@link #ON_STEP}) stands for, or null. */
    static InferenceType typeOf(String mark) {
        return READ.get(mark);
    }

    static boolean isPlainBullet(String token) {
        return PLAIN_BULLET.matcher(token).matches();
    }
}
