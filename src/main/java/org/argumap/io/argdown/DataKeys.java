package org.argumap.io.argdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.model.Verdict;

/**
 * The data keys with a meaning for the Argdown format, documented in
 * {@code src/site/markdown/formats/argdown.md}.
 *
 * <p>Keys starting with {@code argdown.} live only in Argumap's map: they remember what Argdown
 * said that the model has no field for (headings, an argument's tags, which inferences make one
 * argument) and are turned back into Argdown syntax, never written as {data}. The plain keys
 * ({@code kind}, {@code author}, {@code url}, …) are ordinary Argdown {data} that fills fields of
 * the map on reading and is written from them.
 */
final class DataKeys {
    /**
     * The headings above an element, one per line, as written ({@code # Title {isGroup: false}}):
     * {data} on one line, braces of the text with a backslash ({@link TextEscaper#markBraces}).
     */
    static final String SECTION = "argdown.section";
    /** An argument's tags as Argdown writes them ({@code #H1 #(another tag)}): inferences have no tags field. */
    static final String TAGS = "argdown.tags";
    /** On an inference that is part of the argument with this title: a further step or a further relation. */
    static final String ARGUMENT = "argdown.argument";
    /** {@code attack} on an attack aimed at an argument as a whole, which is not an undercut of its inference. */
    static final String RELATION = "argdown.relation";
    /** {@code conclusion} on the statement standing in for an argument's unstated conclusion. */
    static final String IMPLICIT = "argdown.implicit";

    /** Argdown {data} on a conclusion the writer had to state; reading folds it back into the inference. */
    static final String MARKER = "argumap";
    static final String IMPLICIT_CONCLUSION = "implicit-conclusion";

    static final List<String> STATEMENT_FIELDS = List.of("kind", "author", "notes", "url", "quote", "date");
    /** The scheme of an argument without structure, which has no inference line to name it. */
    static final String SCHEME = "scheme";
    /** Inference line data telling which statements a step uses; kept as written. */
    static final String USES = "uses";

    /** The user's judgements, ordinary {data} in Argdown and fields of the map: {verdict: accepted, rating: 80}. */
    static final String VERDICT = "verdict";
    static final String RATING = "rating";
    /** {strength: 60} on an argument or one step of a reconstruction. */
    static final String STRENGTH = "strength";

    private DataKeys() {
    }

    /** "accepted" or "rejected" as the verdict; anything else is no verdict and stays in {data}, as written. */
    static Verdict verdict(String value) {
        if (value != null) {
            for (Verdict verdict : new Verdict[] {Verdict.ACCEPTED, Verdict.REJECTED}) {
                if (verdict.name().equalsIgnoreCase(value.strip())) {
                    return verdict;
                }
            }
        }
        return Verdict.OPEN;
    }

    /** A whole percentage from 0 to 100, or -1 when the value is none, so that it stays in {data} as written. */
    static int percent(String value) {
        if (value == null || !value.matches("(0|[1-9][0-9]{0,2})")) {
            return StatementContent.UNRATED;
        }
        int percent = Integer.parseInt(value);
        return percent <= 100 ? percent : StatementContent.UNRATED;
    }

    /** Takes the inference's {strength} out of its data, when it is one; the data keeps anything else. */
    static int takeStrength(Map<String, String> data) {
        int strength = percent(data.get(STRENGTH));
        if (strength != InferenceContent.UNRATED) {
            data.remove(STRENGTH);
        }
        return strength;
    }

    static boolean isInternal(String key) {
        return key.startsWith("argdown.");
    }

    /** YAML values as the map keeps them: scalars as text, collections in flow style. */
    static Map<String, String> toStrings(Map<String, Object> data) {
        Map<String, String> out = new LinkedHashMap<>();
        data.forEach((key, value) -> out.put(key, value == null ? "" : value instanceof String s ? s : YamlText.toFlow(value)));
        return out;
    }

    /** Data to write as Argdown {data}: without the internal keys, sorted as the map keeps it. */
    static Map<String, String> external(Map<String, String> data) {
        Map<String, String> out = new TreeMap<>();
        data.forEach((key, value) -> {
            if (!isInternal(key)) {
                out.put(key, value);
            }
        });
        return out;
    }

    static StatementKind kind(String value) {
        return "evidence".equalsIgnoreCase(value) ? StatementKind.EVIDENCE : StatementKind.CLAIM;
    }

    static InferenceFlavour flavour(String value, InferenceFlavour fallback) {
        if (value == null) {
            return fallback;
        }
        for (InferenceFlavour flavour : InferenceFlavour.values()) {
            if (flavour.name().equalsIgnoreCase(value.strip())) {
                return flavour;
            }
        }
        return fallback;
    }

    static InferenceType type(String value, InferenceType fallback) {
        if (value == null) {
            return fallback;
        }
        for (InferenceType type : InferenceType.values()) {
            if (typeWord(type).equalsIgnoreCase(value.strip()) || type.name().equalsIgnoreCase(value.strip())) {
                return type;
            }
        }
        return fallback;
    }

    /** {@code {type: rephrase}}, {@code {type: off-topic}}: the word the map file uses too. */
    static String typeWord(InferenceType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
