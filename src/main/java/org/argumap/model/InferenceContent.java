package org.argumap.model;

import java.util.Map;

/**
 * Everything an inference says besides what it connects, as one immutable value.
 *
 * @param type        support, attack, rephrase or reply
 * @param flavour     defeasible, strict or contradictory
 * @param title       Argdown's {@code <Argument>} title; may be empty
 * @param description the argument's gist in words; may be empty
 * @param scheme      the argumentation scheme, such as "Argument from Expert Opinion"; may be empty
 * @param author      who drew this connection; may be empty
 * @param data        further key/value pairs kept for lossless exchange
 * @param strength    how strongly the user rates the step from premises to target, in percent (0 to 100),
 *                    or {@link #UNRATED}; the gradual evaluation weighs the inference by it
 */
public record InferenceContent(InferenceType type, InferenceFlavour flavour, String title, String description,
                               String scheme, String author, Map<String, String> data, int strength) {
    /** The strength of an inference nobody has rated. */
    public static final int UNRATED = -1;

    public InferenceContent {
        Percent.require(strength, "strength");
        type = type == null ? InferenceType.SUPPORT : type;
        flavour = flavour == null ? InferenceFlavour.DEFEASIBLE : flavour;
        title = Attributes.text(title);
        description = Attributes.text(description);
        scheme = Attributes.text(scheme);
        author = Attributes.text(author);
        data = Attributes.data(data);
    }

    /** Content without a rated strength. */
    public InferenceContent(InferenceType type, InferenceFlavour flavour, String title, String description,
                            String scheme, String author, Map<String, String> data) {
        this(type, flavour, title, description, scheme, author, data, UNRATED);
    }

    /** A plain defeasible inference of this type. */
    public static InferenceContent of(InferenceType type) {
        return new InferenceContent(type, InferenceFlavour.DEFEASIBLE, "", "", "", "", Map.of());
    }

    /** Whether the inference says something of its own, so that it may stand without premises. */
    public boolean hasOwnWords() {
        return !title.isBlank() || !description.isBlank();
    }

    public InferenceContent withType(InferenceType value) {
        return new InferenceContent(value, flavour, title, description, scheme, author, data, strength);
    }

    public InferenceContent withFlavour(InferenceFlavour value) {
        return new InferenceContent(type, value, title, description, scheme, author, data, strength);
    }

    public InferenceContent withTitle(String value) {
        return new InferenceContent(type, flavour, value, description, scheme, author, data, strength);
    }

    public InferenceContent withDescription(String value) {
        return new InferenceContent(type, flavour, title, value, scheme, author, data, strength);
    }

    public InferenceContent withScheme(String value) {
        return new InferenceContent(type, flavour, title, description, value, author, data, strength);
    }

    public InferenceContent withAuthor(String value) {
        return new InferenceContent(type, flavour, title, description, scheme, value, data, strength);
    }

    public InferenceContent withData(Map<String, String> value) {
        return new InferenceContent(type, flavour, title, description, scheme, author, value, strength);
    }

    public InferenceContent withStrength(int value) {
        return new InferenceContent(type, flavour, title, description, scheme, author, data, value);
    }
}
