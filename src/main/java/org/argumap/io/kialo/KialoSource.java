package org.argumap.io.kialo;

import java.util.ArrayList;
import java.util.List;

/** One entry of the "Sources:" footer of a newer export: {@code [n] url}, then the quoted passage. */
final class KialoSource {
    private final String number;
    private final String reference;
    private final int line;
    private final List<String> quoteLines = new ArrayList<>();

    KialoSource(String number, String reference, int line) {
        this.number = number;
        this.reference = reference.strip();
        this.line = line;
    }

    String number() {
        return number;
    }

    int line() {
        return line;
    }

    void addQuoteLine(String text) {
        quoteLines.add(text.stripTrailing());
    }

    /** The web address in the reference, or empty when it names a book or an article without one. */
    String url() {
        for (String word : reference.split("\\s+")) {
            if (looksLikeUrl(word)) {
                return word;
            }
        }
        return "";
    }

    /** The words of the reference besides its address; empty when it is just an address. */
    String words() {
        StringBuilder out = new StringBuilder();
        for (String word : reference.split("\\s+")) {
            if (!word.isEmpty() && !looksLikeUrl(word)) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    /** The quoted passage without the double quotes Kialo puts around it. */
    String quote() {
        String quote = String.join("\n", quoteLines).strip();
        if (quote.length() >= 2 && quote.startsWith("\"") && quote.endsWith("\"")) {
            quote = quote.substring(1, quote.length() - 1).strip();
        }
        return quote;
    }

    private static boolean looksLikeUrl(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }
}
