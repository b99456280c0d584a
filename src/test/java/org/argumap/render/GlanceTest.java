package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.argumap.text.DisplayText;
import org.junit.jupiter.api.Test;

/** A box's first words far out are those the regular expressions found before the scanner, for text of every shape. */
class GlanceTest {
    private static final String[] PIECES = {"a", "bc", "中文", " ", "  ", "\t", "\n", "\r\n", "\u2028", "\u00A0", "\u3000",
        DisplayText.QUOTE, "x".repeat(120), "Word, "};

    @Test
    void theFirstWordsAreThoseTheRegularExpressionsFound() {
        Random random = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            String title = random.nextInt(3) == 0 ? randomText(random) : "";
            String text = randomText(random);
            assertEquals(byExpressions(title, text), Glance.of(title, text), "[" + title + "] [" + text + "]");
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(random.nextInt(8) == 0 ? 60 : 12);
        for (int k = 0; k < pieces; k++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** How the glance was made before (issue 13 replaced the expressions), kept to compare with. */
    private static String byExpressions(String title, String text) {
        return title.isBlank() ? firstWords(ownWords(text)) : firstWords(title);
    }

    private static String ownWords(String text) {
        StringBuilder own = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.startsWith(DisplayText.QUOTE.strip())) {
                own.append(line).append(' ');
            }
        }
        return own.toString().isBlank() ? text : own.toString();
    }

    private static String firstWords(String text) {
        StringBuilder words = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words.length() + 1 + word.length() > Glance.MAX_CHARACTERS) {
                return words.length() == 0 ? word.substring(0, Glance.MAX_CHARACTERS) + "…" : words + "…";
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(word);
        }
        return words.toString();
    }
}
