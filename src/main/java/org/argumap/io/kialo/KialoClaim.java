package org.argumap.io.kialo;

import java.util.ArrayList;
import java.util.List;

/** One numbered entry of an export, as written: its number, its stance and its lines of text. */
final class KialoClaim {
    /** What the header says an entry is; a question heads a discussion with several theses. */
    enum Stance { THESIS, PRO, CON, QUESTION }

    private final String number;
    private final Stance stance;
    private final int line;
    private final int column;
    private final int indent;
    private final List<String> lines = new ArrayList<>();

    KialoClaim(String number, Stance stance, int line, int column, int indent) {
        this.number = number;
        this.stance = stance;
        this.line = line;
        this.column = column;
        this.indent = indent;
    }

    /** "1.2.3." as written, with the final dot. */
    String number() {
        return number;
    }

    /** "1.2." for "1.2.3.", or null for a top-level number such as "1.". */
    String parentNumber() {
        return parentOf(number);
    }

    static String parentOf(String number) {
        int cut = number.lastIndexOf('.', number.length() - 2);
        return cut < 0 ? null : number.substring(0, cut + 1);
    }

    Stance stance() {
        return stance;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** Adds a line of text, without the indentation the newer format puts before it. */
    void addLine(String text) {
        int strip = 0;
        while (strip < indent && strip < text.length() && (text.charAt(strip) == ' ' || text.charAt(strip) == '\t')) {
            strip++;
        }
        lines.add(text.substring(strip).stripTrailing());
    }

    /** The text, its lines joined, blank lines before and after dropped. */
    String text() {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
