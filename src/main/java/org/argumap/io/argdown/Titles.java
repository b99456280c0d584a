package org.argumap.io.argdown;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.argumap.io.argdown.WriterNodes.ArgumentNode;
import org.argumap.io.argdown.WriterNodes.StatementNode;

/**
 * Titles as Argdown needs them: one line, without the bracket that would end them, not starting
 * with a hyphen (Argdown would not read {@code [-x]} as a reference) nor, for arguments, with
 * {@code +}, {@code _} or {@code !--} ({@code <+x>} at the start of a line is a relation,
 * {@code <!--x>} a comment); look-alike characters
 * stand in. They are unique, because Argdown takes two statements (or two arguments) with one title
 * for the same. A statement title of the form "Untitled 3" is changed too if Argdown could give
 * that title to an untitled statement of the same document, which would merge the two. Untitled
 * statements that must be referred to get a title made of their first words.
 */
final class Titles {
    private static final Pattern GENERATED = Pattern.compile("Untitled \\d{1,9}");
    private static final int MAX_WORDS = 6;
    private static final int MAX_LENGTH = 48;

    private Titles() {
    }

    static void assignArgumentTitles(List<ArgumentNode> arguments) {
        Set<String> used = new HashSet<>();
        for (ArgumentNode argument : arguments) {
            String title = clean(argument.main.content().title(), '<', '>');
            if (!title.isBlank()) {
                argument.title = unique(title, used, false);
            }
        }
        int next = 1;
        for (ArgumentNode argument : arguments) {
            if (argument.title.isBlank()) {
                while (used.contains("Argument " + next)) {
                    next++;
                }
                argument.title = "Argument " + next;
                used.add(argument.title);
            }
        }
    }

    /**
     * Explicit titles first (kept where they can be), then made-up ones where a statement is
     * referred to. An explicit "Untitled 3" is changed only if Argdown, numbering the untitled
     * statements of this document, could come to 3.
     */
    static void assignStatementTitles(Collection<StatementNode> statements) {
        Set<String> used = new HashSet<>();
        for (StatementNode statement : statements) {
            String title = statement.statement == null ? "" : clean(statement.statement.title(), '[', ']');
            if (!title.isBlank()) {
                statement.title = unique(title, used, false);
            }
        }
        for (StatementNode statement : statements) {
            if (statement.title.isBlank() && needsTitle(statement)) {
                statement.title = unique(fromText(statement.text), used, true);
            }
        }
        long untitled = statements.stream().filter(s -> s.title.isBlank()).count();
        for (StatementNode statement : statements) {
            if (GENERATED.matcher(statement.title).matches()
                    && Long.parseLong(statement.title.substring("Untitled ".length())) <= untitled) {
                statement.title = unique(statement.title + " (1)", used, true);
            }
        }
    }

    /** Referred to elsewhere, or nothing to write without a title. */
    static boolean needsTitle(StatementNode statement) {
        return statement.references > 0 || TextEscaper.clean(statement.text).isBlank();
    }

    static String clean(String title, char open, char close) {
        String cleaned = TextEscaper.clean(title).replace(close, ')').replace(open, '(');
        if (cleaned.startsWith("-")) {
            cleaned = "\u2013" + cleaned.substring(1);
        } else if (open == '<' && cleaned.startsWith("+")) {
            cleaned = "\uFF0B" + cleaned.substring(1);
        } else if (open == '<' && cleaned.startsWith("_")) {
            cleaned = "\uFF3F" + cleaned.substring(1);
        } else if (open == '<' && cleaned.startsWith("!--")) {
            // <!--x--> would open an HTML comment and swallow the argument
            cleaned = "!\u2013" + cleaned.substring(2);
        }
        return cleaned;
    }

    private static String unique(String title, Set<String> used, boolean avoidGenerated) {
        String candidate = title;
        for (int n = 2; used.contains(candidate) || (avoidGenerated && GENERATED.matcher(candidate).matches()); n++) {
            candidate = title + " (" + n + ")";
        }
        used.add(candidate);
        return candidate;
    }

    private static String fromText(String text) {
        StringBuilder title = new StringBuilder();
        int words = 0;
        for (String word : text.split("[^\\p{L}\\p{N}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words == MAX_WORDS || title.length() + word.length() + 1 > MAX_LENGTH) {
                break;
            }
            title.append(title.length() == 0 ? "" : " ").append(word);
            words++;
        }
        return title.length() == 0 ? "Statement" : title.toString();
    }
}
