package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.argumap.io.argdown.ArgdownModel.Argument;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.model.Verdict;

/** What statements and arguments of an Argdown document say, as contents of the map. */
final class Contents {
    private Contents() {
    }

    static StatementContent statement(ArgdownModel.Statement statement) {
        Map<String, String> data = DataKeys.toStrings(statement.data);
        StatementKind kind = StatementKind.CLAIM;
        if (statement.data.get("kind") instanceof String value
                && (value.equalsIgnoreCase("evidence") || value.equalsIgnoreCase("claim"))) {
            kind = DataKeys.kind(data.remove("kind"));
        }
        String[] fields = new String[DataKeys.STATEMENT_FIELDS.size()];
        for (int i = 1; i < fields.length; i++) {
            String key = DataKeys.STATEMENT_FIELDS.get(i);
            fields[i] = statement.data.get(key) instanceof String ? data.remove(key) : "";
        }
        if (DataKeys.IMPLICIT_CONCLUSION.equals(data.get(DataKeys.MARKER))) {
            data.remove(DataKeys.MARKER);
        }
        if (statement.section != null) {
            data.put(DataKeys.SECTION, statement.section);
        }
        Verdict verdict = DataKeys.verdict(data.get(DataKeys.VERDICT));
        if (verdict != Verdict.OPEN) {
            data.remove(DataKeys.VERDICT);
        }
        int rating = DataKeys.percent(data.get(DataKeys.RATING));
        if (rating != StatementContent.UNRATED) {
            data.remove(DataKeys.RATING);
        }
        String title = statement.generatedTitle ? "" : statement.title;
        return new StatementContent(kind, title, statement.text(), fields[1], new ArrayList<>(statement.tags),
                fields[2], fields[3], fields[4], fields[5], data, verdict, rating);
    }

    /**
     * The content of an argument's main inference.
     *
     * @param lineData  the {data} of the inference line before its main conclusion (none without one)
     * @param rules     the inference rules of that line, which become the scheme
     * @param type      the type its structure or relation gives; {type: …} in the data may say more
     * @param flavour   likewise for the flavour
     */
    static InferenceContent argument(Argument argument, Map<String, Object> lineData, List<String> rules,
                                     InferenceType type, InferenceFlavour flavour) {
        Map<String, String> data = DataKeys.toStrings(argument.data);
        data.putAll(DataKeys.toStrings(lineData));
        String author = argument.data.get("author") instanceof String ? data.remove("author") : "";
        InferenceFlavour finalFlavour = DataKeys.flavour(data.remove("flavour"), flavour);
        InferenceType finalType = DataKeys.type(data.remove("type"), type);
        int strength = DataKeys.takeStrength(data);
        String scheme = String.join(", ", rules);
        if (rules.isEmpty() && argument.data.get(DataKeys.SCHEME) instanceof String written) {
            data.remove(DataKeys.SCHEME);
            scheme = written;
        }
        if (!argument.tags.isEmpty()) {
            data.put(DataKeys.TAGS, Tags.format(argument.tags));
        }
        if (argument.section != null) {
            data.put(DataKeys.SECTION, argument.section);
        }
        return new InferenceContent(finalType, finalFlavour, argument.title, argument.text(), scheme, author, data,
                strength);
    }

    /** An intermediate step of a reconstruction: untitled, marked as part of its argument. */
    static InferenceContent step(Argument argument, ArgdownModel.Inference inference) {
        Map<String, String> data = DataKeys.toStrings(inference.data);
        data.put(DataKeys.ARGUMENT, argument.title);
        int strength = DataKeys.takeStrength(data);
        return new InferenceContent(InferenceType.SUPPORT, InferenceFlavour.DEFEASIBLE, "", "",
                String.join(", ", inference.rules), "", data, strength);
    }

    /**
     * A further relation of an argument without structure: its title, marked as part of it, and
     * rated as the argument is, since Argdown writes one {strength} for the whole argument.
     */
    static InferenceContent furtherRelation(InferenceContent main, InferenceType type, InferenceFlavour flavour,
                                            Map<String, String> extra) {
        Map<String, String> data = new java.util.TreeMap<>(main.data());
        data.remove(DataKeys.SECTION);
        data.remove(DataKeys.TAGS);
        data.put(DataKeys.ARGUMENT, main.title());
        data.putAll(extra);
        return new InferenceContent(type, flavour, main.title(), "", "", main.author(), data, main.strength());
    }
}
