package org.argumap.io.aif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.argumap.io.json.Place;

/**
 * One node of an AIF nodeset as read, before it means anything to the map.
 *
 * @param type      the AIF type in upper case: I, L, YA, TA, RA, CA, MA, PA, or anything else found
 * @param text      the node's text; null when the file gives none
 * @param scheme    the AIFdb "scheme" field, if it is text; else null
 * @param extension Argumap's own {@code "argumap"} object on the node, or null
 */
record AifNode(String id, String type, String text, String scheme, ObjectNode extension, Place place) {

    AifNode {
        type = type.strip().toUpperCase(Locale.ROOT);
    }

    boolean is(String aifType) {
        return type.equals(aifType);
    }

    /** An information node: a proposition. */
    boolean isInformation() {
        return is("I");
    }

    /** A rule or conflict application that becomes an inference: RA, CA or MA. */
    boolean isInference() {
        return is("RA") || is("CA") || is("MA");
    }

    /** A scheme node of the argument layer, including preferences (PA), which Argumap cannot keep. */
    boolean isSchemeNode() {
        return isInference() || is("PA");
    }

    boolean isDialogue() {
        return is("L") || is("YA") || is("TA");
    }

    /** The name a scheme or illocution node shows: its text, or else its scheme field; "" if none. */
    String name() {
        return nameOf(text, scheme);
    }

    static String nameOf(String text, String scheme) {
        if (text != null && !text.isBlank()) {
            return text.strip();
        }
        return scheme == null ? "" : scheme.strip();
    }

    /** "RA node '111803'", for messages. */
    String describe() {
        return type + " node '" + id + "'";
    }
}
