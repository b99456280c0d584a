package org.argumap.io.aif;

import java.util.Locale;
import java.util.Set;
import org.argumap.model.InferenceType;

/**
 * Scheme nodes and inference types, both ways. RA is support, CA attack, MA rephrase; a node named
 * after its default ("Default Inference", "Default Conflict", "RA", …) has no scheme of its own,
 * any other name ("Argument From Expert Opinion") is kept as the inference's scheme. Argumap's
 * REPLY, an answer not yet classified, has no AIF counterpart: it is written as an RA node named
 * "Reply", and an RA node of that name is read back as a reply. OFF_TOPIC, a reply classified as
 * bearing on nothing, has none either (AIF's nodes all bear on their target), so it goes the same
 * way as an RA node named "Off-topic": the map survives the trip, and the node's name tells any
 * other reader what it is.
 */
final class AifSchemes {
    static final String REPLY = "Reply";
    static final String OFF_TOPIC = "Off-topic";
    private static final Set<String> DEFAULT_NAMES = Set.of("ra", "ca", "ma", "pa", "default inference",
            "default conflict", "default rephrase", "default preference");

    private AifSchemes() {
    }

    /** What an RA, CA or MA node of this name means. */
    record Meaning(InferenceType type, String scheme) {
    }

    static Meaning meaning(String aifType, String name) {
        String scheme = isDefault(name) ? "" : name.strip();
        return switch (aifType) {
            case "CA" -> new Meaning(InferenceType.ATTACK, scheme);
            case "MA" -> new Meaning(InferenceType.REPHRASE, scheme);
            default -> {
                if (scheme.equalsIgnoreCase(REPLY)) {
                    yield new Meaning(InferenceType.REPLY, "");
                }
                yield scheme.equalsIgnoreCase(OFF_TOPIC) ? new Meaning(InferenceType.OFF_TOPIC, "")
                        : new Meaning(InferenceType.SUPPORT, scheme);
            }
        };
    }

    static String aifType(InferenceType type) {
        return switch (type) {
            case SUPPORT, REPLY, OFF_TOPIC -> "RA";
            case ATTACK -> "CA";
            case REPHRASE -> "MA";
        };
    }

    /** The name an inference's node shows: its scheme, or the default of its type. */
    static String name(InferenceType type, String scheme) {
        if (type == InferenceType.REPLY) {
            return REPLY;
        }
        if (type == InferenceType.OFF_TOPIC) {
            return OFF_TOPIC;
        }
        if (!scheme.isBlank()) {
            return scheme;
        }
        return switch (type) {
            case ATTACK -> "Default Conflict";
            case REPHRASE -> "Default Rephrase";
            default -> "Default Inference";
        };
    }

    private static boolean isDefault(String name) {
        return name.isBlank() || DEFAULT_NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
