package org.argumap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The duplicate check's wording, made without regular expressions, is what the patterns it
 * replaced made, and its word count is what splitting at spaces counted: on texts rich in the
 * characters where the two could differ (Unicode spaces and line ends, final punctuation).
 */
class WordingProperties {
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> tricky = Arbitraries.of(' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028',
                '\u2029', '\u00A0', '\u2003', '.', '!', '?', ';', ':', ',', 'a', 'B', 'c', 'İ', 'ß');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, tricky.list().ofMaxSize(20).map(WordingProperties::join)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
    }

    @Property(tries = 2000)
    void normalisedAsThePatternsDid(@ForAll("texts") String text) {
        String expected = text.strip().replaceAll("\\s+", " ").replaceAll("[.!?;:]+$", "").toLowerCase(Locale.ROOT);
        assertEquals(expected, MapChecker.normalise(text));
    }

    @Property(tries = 2000)
    void wordsCountedAsSplittingDid(@ForAll("texts") String text) {
        String wording = MapChecker.normalise(text);
        assertEquals(wording.split(" ").length, MapChecker.words(wording));
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }
}
