package org.argumap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.argumap.model.CommentData;
import org.argumap.model.StatementContent;

/**
 * The one line a box gives to who wrote a statement: the author alone for an ordinary statement,
 * and for an imported comment also its score and day ("alice · 42 points · 2025-01-03"), so a
 * moderator sees at a glance which replies the thread valued. The full time stays in the inspector.
 */
public final class CommentLine {
    private CommentLine() {
    }

    /** The line for this content; empty when there is nothing to say. */
    public static String of(StatementContent content) {
        String author = DrawableText.oneLine(content.author()).strip();
        if (!CommentData.isComment(content)) {
            return author;
        }
        List<String> parts = new ArrayList<>();
        if (!author.isEmpty()) {
            parts.add(CommentData.isBot(content) ? author + " (bot)" : author);
        }
        String score = scoreText(content);
        if (!score.isEmpty()) {
            parts.add(score);
        }
        String day = day(content.date());
        if (!day.isEmpty()) {
            parts.add(day);
        }
        return String.join(" · ", parts);
    }

    /** "42 points", "1 point", "score hidden", or empty when the site gave no score. */
    public static String scoreText(StatementContent content) {
        if (CommentData.isScoreHidden(content)) {
            return "score hidden";
        }
        OptionalLong score = CommentData.score(content);
        if (score.isEmpty()) {
            return "";
        }
        long value = score.getAsLong();
        return value + (Math.abs(value) == 1 ? " point" : " points");
    }

    /** The day of an ISO 8601 time ("2025-01-03T10:15:00Z" gives "2025-01-03"); other dates as written. */
    static String day(String date) {
        String stripped = date.strip();
        if (stripped.length() > 10 && stripped.charAt(10) == 'T' && stripped.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return stripped.substring(0, 10);
        }
        return DrawableText.oneLine(stripped);
    }
}
