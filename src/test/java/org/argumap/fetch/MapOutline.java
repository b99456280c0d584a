package org.argumap.fetch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * A map written as an indented outline, one statement a line: "text | author | score", two
 * spaces per level, replies in map order; what the fetch tests compare with the thread they served.
 */
final class MapOutline {
    private MapOutline() {
    }

    static String of(ArgumentMap map) {
        StringBuilder out = new StringBuilder();
        record Entry(Statement statement, int depth) {
        }
        Deque<Entry> stack = new ArrayDeque<>();
        List<Statement> mains = map.mainClaims();
        for (int i = mains.size() - 1; i >= 0; i--) {
            stack.push(new Entry(mains.get(i), 0));
        }
        while (!stack.isEmpty()) {
            Entry entry = stack.pop();
            Statement statement = entry.statement();
            String score = statement.content().data().getOrDefault("score", "-");
            out.append("  ".repeat(entry.depth())).append(statement.text().replace("\n", "⏎")).append(" | ")
                    .append(statement.author()).append(" | ").append(score).append('\n');
            List<Inference> replies = map.inferencesInto(statement);
            for (int i = replies.size() - 1; i >= 0; i--) {
                for (Statement premise : replies.get(i).premises()) {
                    stack.push(new Entry(premise, entry.depth() + 1));
                }
            }
        }
        return out.toString();
    }
}
