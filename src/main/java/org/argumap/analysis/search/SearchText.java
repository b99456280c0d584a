package org.argumap.analysis.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as search compares it: lower case, without accents, with typographic quotes and dashes as
 * their plain keyboard forms, every run of white space as one space (none at the ends) and no
 * control characters. A query and a statement's
 * text are both folded this way, so a user who types {@code moscow's} finds {@code Moscow’s} and
 * {@code zurich} finds {@code Zürich}.
 */
public final class SearchText {
    private SearchText() {
    }

    /** The folded form of a text; folding is idempotent. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Upper then lower case, as Unicode's case folding does: ß and SS, ς and σ, ı and i come
        // out the same. 'İ' lowers to 'i' plus a combining dot, which dropping the accents removes.
        String cased = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(cased, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            // Per character too: a compatibility form may decompose to a capital (ℌ to H).
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = folded.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            appendPlain(folded, c);
        }
        return folded.toString();
    }

    /** Whether the folded text contains the folded query; an empty query is in every text. */
    public static boolean contains(String text, String query) {
        return fold(text).contains(fold(query));
    }

    /** Letters that Unicode does not decompose into a base letter and an accent, and typographic marks. */
    private static void appendPlain(StringBuilder out, char c) {
        switch (c) {
            case 'ł' -> out.append('l');
            case 'ø' -> out.append('o');
            case 'đ', 'ð' -> out.append('d');
            case 'ß' -> out.append("ss");
            case 'ς' -> out.append('σ');
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'þ' -> out.append("th");
            case '‘', '’', '‚', '‛', '′', '`', '´' -> out.append('\'');
            case '“', '”', '„', '‟', '″', '«', '»' -> out.append('"');
            case '‐', '‑', '‒', '–', '—', '―', '−' -> out.append('-');
            default -> out.append(c);
        }
    }
}
