package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who put a statement forward, from AIF's dialogue layer: a locution (L node, "Speaker : text" in
 * AIFdb, "Speaker: text" in OVA, or "X says '…'") is anchored to the proposition it introduces by
 * an illocution (YA node: Asserting, Questioning, Conceding, …), L → YA → I. The speaker becomes the
 * statement's author; an illocution other than plain asserting is kept in the statement's data under
 * {@value #ILLOCUTION}. When a locution names no speaker, the locutions and participants tables may.
 */
final class Speakers {
    /** The data key for an illocution other than asserting, such as "Pure Questioning". */
    static final String ILLOCUTION = "aif.illocution";
    /** A "speaker" longer than this is a sentence with a colon in it, not a name. */
    private static final int MAX_SPEAKER = 200;
    private static final String QUOTES = "'\"‘“«„‚";

    private final AifGraph graph;
    private final Map<String, String> participantOfLocution;
    private final Set<AifNode> used = Collections.newSetFromMap(new IdentityHashMap<>());

    Speakers(AifGraph graph, Map<String, String> participantOfLocution) {
        this.graph = graph;
        this.participantOfLocution = participantOfLocution;
    }

    /**
     * How a proposition was introduced: by whom ({@code speakers}, first one first, none if no
     * locution says), and how ({@code illocution}, "" for asserting or unknown).
     */
    record Introduction(List<String> speakers, String illocution) {
        String author() {
            return speakers.isEmpty() ? "" : speakers.get(0);
        }
    }

    Introduction of(AifNode proposition) {
        Set<String> speakers = new LinkedHashSet<>();
        String illocution = null;
        for (AifNode anchor : graph.sourcesOf(proposition)) {
            if (!anchor.is("YA")) {
                continue;
            }
            for (AifNode locution : graph.sourcesOf(anchor)) {
                if (!locution.is("L")) {
                    continue;
                }
                used.add(anchor);
                used.add(locution);
                if (illocution == null) {
                    illocution = illocution(anchor.name());
                }
                String speaker = speakerIn(locution.text());
                if (speaker.isEmpty()) {
                    speaker = participantOfLocution.getOrDefault(locution.id(), "");
                }
                if (!speaker.isEmpty()) {
                    speakers.add(speaker);
                }
            }
        }
        return new Introduction(new ArrayList<>(speakers), illocution == null ? "" : illocution);
    }

    /** Whether this L or YA node went into a statement's author. */
    boolean used(AifNode node) {
        return used.contains(node);
    }

    /** An illocution's name as kept: "" for asserting, the default. */
    static String illocution(String name) {
        String stripped = name.strip();
        return stripped.equalsIgnoreCase("Asserting") ? "" : stripped;
    }

    /**
     * The speaker a locution names: what comes before its first colon ("CL : text", "Ann: text"), or
     * before " says" when that comes first and a quotation follows ("Bob says 'text'"); "" if neither.
     */
    static String speakerIn(String locution) {
        if (locution == null) {
            return "";
        }
        int colon = locution.indexOf(':');
        int says = saysAt(locution, colon);
        int end = says >= 0 ? says : colon;
        if (end <= 0) {
            return "";
        }
        String speaker = locution.substring(0, end).strip();
        return speaker.length() > MAX_SPEAKER ? "" : speaker;
    }

    /** Where " says" begins before {@code limit} (any place if negative), followed by a quotation. */
    private static int saysAt(String text, int limit) {
        int at = text.indexOf(" says");
        while (at > 0 && (limit < 0 || at < limit)) {
            int p = at + " says".length();
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            if (p < text.length() && text.charAt(p) == ':') {
                p++;
                while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                    p++;
                }
            }
            if (p < text.length() && QUOTES.indexOf(text.charAt(p)) >= 0) {
                return at;
            }
            at = text.indexOf(" says", at + 1);
        }
        return -1;
    }
}
