package org.argumap.io.kialo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argumap.io.Limits;
import org.argumap.io.MapReadException;

/**
 * Reads the lines of a Kialo export into numbered entries. Both formats share one grammar:
 * <ul>
 * <li>older: {@code Discussion Title: X}, then one line per claim, {@code 1. thesis} and
 *     {@code 1.1. Pro: text};</li>
 * <li>newer: {@code Discussion Name:} with the name on the same or the next line, then indented
 *     headers such as {@code 1.1. Pro:} with the text on the lines below, and a {@code Sources:}
 *     footer of {@code [n] url} entries, each followed by the quoted passage.</li>
 * </ul>
 * Only a header shaped {@code N.N. (Thesis|Pro|Con|Question):} starts an entry: a numbered list in
 * a claim's text ("1. first point") stays text. The one exception is the older format's thesis,
 * {@code 1. text} without a label, accepted as the first entry.
 */
final class KialoParser {
    private static final Pattern TITLE = Pattern.compile("Discussion (?:Title|Name):[ \\t]*(.*)");
    private static final Pattern HEADER =
            Pattern.compile("([ \\t]*)((?:\\d+\\.)+)[ \\t]+(Thesis|Pro|Con|Question):[ \\t]*(.*)");
    private static final Pattern OLD_THESIS = Pattern.compile("([ \\t]*)(\\d+\\.)[ \\t]+(\\S.*)");
    private static final Pattern SOURCE = Pattern.compile("\\[(\\d+)\\][ \\t]*(.*)");

    private final List<String> lines;
    private final Path file;
    private final List<KialoClaim> claims = new ArrayList<>();
    private final List<KialoSource> sources = new ArrayList<>();
    private final Set<String> sourceNumbers = new HashSet<>();
    private final List<String> preamble = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private KialoClaim current;
    private KialoSource currentSource;
    private long lastSource = -1;

    KialoParser(List<String> lines, Path file) {
        this.lines = lines;
        this.file = file;
    }

    KialoDocument parse() throws MapReadException {
        int at = firstNonBlank(0);
        if (at == lines.size()) {
            throw new MapReadException(file, 1, 1, "The file is empty; a Kialo export begins with"
                    + " \"Discussion Title:\" or \"Discussion Name:\".");
        }
        String title = "";
        Matcher titleLine = at < lines.size() ? TITLE.matcher(lines.get(at).strip()) : null;
        if (titleLine != null && titleLine.matches()) {
            title = titleLine.group(1).strip();
            at++;
            if (title.isEmpty()) {
                int end = at = firstNonBlank(at);
                while (end < lines.size() && !lines.get(end).isBlank() && !isHeader(lines.get(end))) {
                    end++;
                }
                title = String.join(" ", lines.subList(at, end).stream().map(String::strip).toList());
                at = end;
            }
        } else if (at < lines.size() && isHeader(lines.get(at))) {
            warnings.add("line " + (at + 1) + ": the export has no \"Discussion Title:\" or \"Discussion Name:\" line;"
                    + " the map has no title");
        } else {
            throw new MapReadException(file, at + 1, 1, "This is not a Kialo export: it should begin with"
                    + " \"Discussion Title:\" (older exports) or \"Discussion Name:\" (newer ones).");
        }
        boolean inSources = false;
        for (int i = at; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inSources) {
                sourceLine(line, i + 1);
            } else if (!claims.isEmpty() && line.stripTrailing().equals("Sources:")) {
                inSources = true;
            } else {
                claimLine(line, i + 1);
            }
        }
        if (claims.isEmpty()) {
            throw new MapReadException(file, Math.min(at + 1, lines.size()), 1, "The export holds no claims: Kialo"
                    + " numbers them \"1.\" (the thesis), \"1.1. Pro:\", \"1.2. Con:\" and so on.");
        }
        return new KialoDocument(title, String.join("\n", preamble).strip(), claims, sources, warnings);
    }

    /**
     * A claim nested deeper than any real discussion is refused: finding its parent costs time in
     * its depth, and its text would run off the map.
     */
    private void checkNesting(String number, int lineNumber, int column) throws MapReadException {
        long depth = number.chars().filter(c -> c == '.').count();
        int max = Limits.STANDARD.maxNesting();
        if (depth > max) {
            throw new MapReadException(file, lineNumber, column, "The claim " + number.substring(0, 20) + "… is nested "
                    + Limits.count(depth) + " levels deep; Argumap reads claims nested up to " + max
                    + " levels deep (limit of nesting).");
        }
    }

    private void claimLine(String line, int lineNumber) throws MapReadException {
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            String indent = header.group(1);
            checkNesting(header.group(2), lineNumber, indent.length() + 1);
            current = new KialoClaim(header.group(2), KialoClaim.Stance.valueOf(header.group(3).toUpperCase(Locale.ROOT)),
                    lineNumber, indent.length() + 1, indent.length());
            claims.add(current);
            current.addLine(indent + header.group(4));
            return;
        }
        Matcher thesis = OLD_THESIS.matcher(line);
        if (claims.isEmpty() && thesis.matches()) {
            String indent = thesis.group(1);
            current = new KialoClaim(thesis.group(2), KialoClaim.Stance.THESIS, lineNumber, indent.length() + 1, indent.length());
            claims.add(current);
            current.addLine(indent + thesis.group(3));
        } else if (current != null) {
            current.addLine(line);
        } else {
            preamble.add(line.strip());
        }
    }

    /**
     * A footer line: {@code [n] reference} starts a source when n is new and larger than the last
     * one (sources are numbered in order), so that a quoted passage mentioning "[3]" stays quote.
     */
    private void sourceLine(String line, int lineNumber) {
        Matcher source = SOURCE.matcher(line);
        if (source.matches() && startsNewSource(source.group(1))) {
            currentSource = new KialoSource(source.group(1), source.group(2), lineNumber);
            sources.add(currentSource);
            sourceNumbers.add(currentSource.number());
        } else if (currentSource != null) {
            currentSource.addQuoteLine(line);
        } else if (!line.isBlank()) {
            warnings.add("line " + lineNumber + ": text under \"Sources:\" that belongs to no source was left out");
        }
    }

    private boolean startsNewSource(String number) {
        String digits = number.replaceFirst("^0+(?=\\d)", "");
        if (sourceNumbers.contains(number)) {
            return false;
        }
        long value = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value <= lastSource) {
            return false;
        }
        lastSource = value;
        return true;
    }

    private static boolean isHeader(String line) {
        return HEADER.matcher(line).matches() || OLD_THESIS.matcher(line).matches();
    }

    private int firstNonBlank(int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
