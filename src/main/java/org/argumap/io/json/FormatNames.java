package org.argumap.io.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words the file uses for the model's enums: lower case ("claim", "support", "strict"), kept
 * apart from the Java names so that renaming a constant never changes the file format.
 */
final class FormatNames {
    private FormatNames() {
    }

    /** "support", "off-topic": lower case, words joined by a hyphen. */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(type.cast(WORDS.get(type).get(word)));
    }

    /** Each enum's words, made once: a large map names a kind or type for every element. */
    private static final ClassValue<Map<String, Enum<?>>> WORDS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> words = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                words.put(of((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(words);
        }
    };

    /** "claim or evidence", "support, attack, rephrase, reply or off-topic": for messages. */
    static <E extends Enum<E>> String choices(Class<E> type) {
        String[] words = Arrays.stream(type.getEnumConstants()).map(e -> "\"" + of(e) + "\"").toArray(String[]::new);
        if (words.length == 1) {
            return words[0];
        }
        return Arrays.stream(words, 0, words.length - 1).collect(Collectors.joining(", ")) + " or " + words[words.length - 1];
    }
}
