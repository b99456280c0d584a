package org.argumap.io.aif;

import java.util.Locale;
import java.util.Set;
import org.argumap.model.InferenceType;

/**
 * Scheme nodes and inference types, both ways. RA is support, CA attack, MA rephrase; a node named
 * after its default ("Default Inference", "Default Conflict", "RA", …) has no scheme of its own,
 * any other name ("Argument From Expert Opinion") is kept as the inference's scheme. Argumap's
 * REPLY, an answer not yet classified, has no AIF counterpart: it is written as an RA node named
 * "Reply", and an RA node of that name is read back as a reply.
 */
final class AifSchemes {
    static final String REPLY = "Reply";
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
            default -> scheme.equalsIgnoreCase(REPLY) ? new Meaning(InferenceType.REPLY, "") : new Meaning(InferenceType.SUPPORT, scheme);
        };
    }

    static String aifType(InferenceType type) {
        return switch (type) {
            case SUPPORT, REPLY -> "RA";
            case ATTACK -> "CA";
            case REPHRASE -> "MA";
        };
    }

    /** The name an inference's node shows: its scheme, or the default of its type. */
    static String name(InferenceType type, String scheme) {
        if (type == InferenceType.REPLY) {
            return REPLY;
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
