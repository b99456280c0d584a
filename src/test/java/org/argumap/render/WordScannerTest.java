package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner finds the same paragraphs and words as the regular expressions the wrapping used
 * before it ({@code split("\\R")}, {@code trim().split("\\s+")}), for text full of odd spaces and
 * line breaks, so boxes break their lines where they always did.
 */
class WordScannerTest {
    /** Letters, and every kind of space and line break the expressions treat in their own way. */
    private static final String ALPHABET = "ab中 \t\n\r\u000B\f\u0085\u2028\u2029\u00A0\u3000\u2003\u0001\u001F";

    @Test
    void paragraphsAndWordsAreThoseTheRegularExpressionsFound() {
        Random random = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            String text = randomText(random);
            assertEquals(bySplitting(text), byScanning(WordScanner.paragraphs(text)), printable(text));
        }
    }

    @Test
    void linesAreThoseTheLineBreakExpressionFound() {
        Random random = new Random(43);
        for (int k = 0; k < 20_000; k++) {
            String text = randomText(random);
            List<String> lines = new ArrayList<>();
            WordScanner scanner = WordScanner.lines(text);
            while (scanner.nextParagraph()) {
                lines.add(text.substring(scanner.paragraphStart(), scanner.paragraphEnd()));
            }
            assertEquals(List.of(text.split("\\R")), lines, printable(text));
        }
    }

    @Test
    void wordsOfOneParagraphAreThoseTheSpaceExpressionFound() {
        Random random = new Random(44);
        for (int k = 0; k < 20_000; k++) {
            String text = randomText(random).strip();
            List<String> expected = new ArrayList<>();
            for (String word : text.split("\\s+")) {
                if (!word.isEmpty()) {
                    expected.add(word);
                }
            }
            assertEquals(List.of(expected), byScanning(WordScanner.words(text)), printable(text));
        }
    }

    private static List<List<String>> bySplitting(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            List<String> words = new ArrayList<>();
            for (String word : paragraph.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            paragraphs.add(words);
        }
        return paragraphs;
    }

    private static List<List<String>> byScanning(WordScanner scanner) {
        List<List<String>> paragraphs = new ArrayList<>();
        while (scanner.nextParagraph()) {
            List<String> words = new ArrayList<>();
            while (scanner.nextWord()) {
                words.add(scanner.text().substring(scanner.start(), scanner.end()));
            }
            paragraphs.add(words);
        }
        return paragraphs;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int k = 0; k < length; k++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
