package org.argumap.io;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapInfo;
import org.argumap.model.Presentation;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * How much Argumap reads, in one place: the readers refuse more, and the writers check their
 * output against the same figures before anything is written, so that whatever Argumap saves it
 * opens again. The limits guard memory against broken or hostile files; they are far above real
 * maps (reliability.md, "Limits").
 *
 * @param maxMapFileBytes the largest map file (.argumap.json): about 410 bytes a statement with its
 *                        layout, so a 1,000,000-statement debate is some 410 MB
 * @param maxImportBytes  the largest Argdown, Kialo, Reddit or Lemmy file
 * @param maxAifBytes     the largest AIF file, which is read whole as a tree of about fifteen times its size
 * @param maxTextChars    the longest text (a statement's text, notes, quote, a title, …), in UTF-16 units
 * @param maxNesting      the deepest nesting of lists and objects (JSON), relations (Argdown) or claims (Kialo)
 * @param maxStatements   the most statements a map may hold
 * @param maxInferences   the most inferences (links between statements) a map may hold
 */
public record Limits(long maxMapFileBytes, long maxImportBytes, long maxAifBytes, int maxTextChars, int maxNesting,
                     int maxStatements, int maxInferences) {
    private static final long MB = 1024L * 1024;

    /** The limits of every reader and writer. */
    public static final Limits STANDARD = new Limits(1024 * MB, 256 * MB, 32 * MB, 5_000_000, 200,
            2_000_000, 2_000_000);

    /** The formats Argumap reads back, whose writers check their output against these limits. */
    public static final Set<String> READ_BACK = Set.of("argumap", "argdown", "aif", "aifdb");

    /** The largest file the named format's reader takes. */
    public long maxBytes(String formatName) {
        return switch (formatName) {
            case "argumap" -> maxMapFileBytes;
            case "aif", "aifdb" -> maxAifBytes;
            default -> maxImportBytes;
        };
    }

    /** Refuses a file larger than the named format's reader takes, before it is read. */
    public void checkSize(String formatName, String label, long size, Path file) throws MapReadException {
        long max = maxBytes(formatName);
        if (size > max) {
            throw new MapReadException(file, 0, 0, "The file is " + megabytes(size) + "; Argumap reads " + label
                    + " files of up to " + megabytes(max) + " (limit of file size).");
        }
    }

    /** Refuses a map read from {@code file} that holds more than these limits allow. */
    public void checkRead(ArgumentMap map, Path file) throws MapReadException {
        Optional<String> problem = problem(map);
        if (problem.isPresent()) {
            throw new MapReadException(file, 0, 0, "The map exceeds a limit and was not opened: " + problem.get() + ".");
        }
    }

    /**
     * Refuses output the named format's reader would refuse, before anything is written: a map
     * the editor holds is saved only if Argumap can open the file again.
     */
    public void checkWritten(String formatName, byte[] output, ArgumentMap map) throws UnreadableOutputException {
        Optional<String> problem = problem(map);
        if (problem.isEmpty() && output.length > maxBytes(formatName)) {
            problem = Optional.of("the file would be " + megabytes(output.length) + ", and Argumap reads files of this"
                    + " format of up to " + megabytes(maxBytes(formatName)) + " (limit of file size)");
        }
        if (problem.isPresent()) {
            throw new UnreadableOutputException(problem.get());
        }
    }

    /** The first limit the map passes, as words for the user, or empty. */
    public Optional<String> problem(ArgumentMap map) {
        List<Statement> statements = map.statements();
        if (statements.size() > maxStatements) {
            return Optional.of("it holds " + count(statements.size()) + " statements, and Argumap opens maps of up to "
                    + count(maxStatements) + " statements (limit of statements)");
        }
        List<Inference> inferences = map.inferences();
        if (inferences.size() > maxInferences) {
            return Optional.of("it holds " + count(inferences.size()) + " inferences, and Argumap opens maps of up to "
                    + count(maxInferences) + " inferences (limit of inferences)");
        }
        // Every text of a large map is looked at, on every read: without an array, an iterator or
        // words per element, since a cold start runs this loop interpreted. The owner's words are
        // made only for the one text too long.
        MapInfo info = map.info();
        String text = longest(info.title(), info.description(), info.sourceUrl(), null);
        if (text != null) {
            return tooLong("the map's", text);
        }
        for (Statement statement : statements) {
            StatementContent c = statement.content();
            text = longest(statement.id(), c.title(), c.text(), c.author());
            text = text != null ? text : longest(c.notes(), c.url(), c.quote(), c.date());
            text = text != null ? text : longest(c.tags());
            text = text != null ? text : longest(c.data());
            if (text != null) {
                return tooLong("statement " + statement.id() + "'s", text);
            }
        }
        for (Inference inference : inferences) {
            InferenceContent c = inference.content();
            text = longest(inference.id(), c.title(), c.description(), c.scheme());
            text = text != null ? text : longest(c.author(), null, null, null);
            text = text != null ? text : longest(c.data());
            if (text != null) {
                return tooLong("inference " + inference.id() + "'s", text);
            }
        }
        for (Presentation.Step step : map.presentation().steps()) {
            text = longest(step.notes(), null, null, null);
            if (text != null) {
                return tooLong("a presentation step's", text);
            }
        }
        return Optional.empty();
    }

    private Optional<String> tooLong(String whose, String text) {
        return Optional.of(whose + " text is " + count(text.length()) + " characters long, and Argumap reads"
                + " texts of up to " + count(maxTextChars) + " characters (limit of text length)");
    }

    /** The first of these texts, keys before values, that is over the limit; or null. */
    private String longest(Map<String, String> data) {
        if (data == null || data.isEmpty()) {
            return null;
        }
        String key = longest(data.keySet());
        return key != null ? key : longest(data.values());
    }

    /** The first of these texts over the limit, or null. */
    private String longest(String a, String b, String c, String d) {
        return isTooLong(a) ? a : isTooLong(b) ? b : isTooLong(c) ? c : isTooLong(d) ? d : null;
    }

    private String longest(Collection<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        for (String text : texts) {
            if (isTooLong(text)) {
                return text;
            }
        }
        return null;
    }

    private boolean isTooLong(String text) {
        return text != null && text.length() > maxTextChars;
    }

    /** "256 MB", "1,024 MB"; sizes below a megabyte in bytes. */
    public static String megabytes(long bytes) {
        return bytes < MB ? count(bytes) + " bytes" : count((bytes + MB - 1) / MB) + " MB";
    }

    /** "2,000,000": thousands grouped as the docs write them, whatever the user's locale. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
