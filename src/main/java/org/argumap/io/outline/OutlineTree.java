package org.argumap.io.outline;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * The nested bullets under a statement: each inference bearing on it as a bullet marked by its
 * type, the premises' own reasons and objections nested below them, linked co-premises together
 * under one bullet, and attacks on a step (undercuts) under the bullet of that step.
 *
 * <p>A statement used in several places is written in full the first time and as "see above"
 * after that, which also ends every circle. The walk uses an explicit stack, so a long chain of
 * replies cannot overflow the thread's stack; nesting deeper than {@link #MAX_LEVEL} is written
 * at that level, as Markdown renderers give up on deeper lists anyway.
 */
final class OutlineTree {
    static final int MAX_LEVEL = 30;

    private sealed interface Task permits StatementLine, InferenceItem, Children {
    }

    /** A bullet for a statement; {@code prefix} is the mark of the inference it is a premise of. */
    private record StatementLine(int level, String prefix, Statement statement) implements Task {
    }

    private record InferenceItem(int level, Inference inference) implements Task {
    }

    /** The inferences bearing on a statement or on a step, as bullets at {@code level}. */
    private record Children(int level, MapNode node) implements Task {
    }

    private final ArgumentMap map;
    private final StatementMarks marks;
    private final StringBuilder out;
    private final Set<Statement> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Task> tasks = new ArrayDeque<>();

    OutlineTree(ArgumentMap map, StatementMarks marks, StringBuilder out) {
        this.map = map;
        this.marks = marks;
        this.out = out;
    }

    boolean isShown(Statement statement) {
        return shown.contains(statement);
    }

    /** The bullets under a main claim, whose own text the caller has written as a heading. */
    void writeUnder(Statement mainClaim) {
        shown.add(mainClaim);
        run(new Children(0, mainClaim));
    }

    /** A statement as a top-level bullet, with everything under it. */
    void writeAlone(Statement statement) {
        run(new StatementLine(0, "", statement));
    }

    private void run(Task first) {
        tasks.push(first);
        while (!tasks.isEmpty()) {
            Task task = tasks.pop();
            if (task instanceof StatementLine line) {
                statement(line);
            } else if (task instanceof InferenceItem item) {
                inference(item.level(), item.inference());
            } else if (task instanceof Children children) {
                List<Inference> into = map.inferencesInto(children.node());
                for (int i = into.size() - 1; i >= 0; i--) {
                    tasks.push(new InferenceItem(children.level(), into.get(i)));
                }
            }
        }
    }

    private void statement(StatementLine line) {
        Statement statement = line.statement();
        boolean first = shown.add(statement);
        // Marked where written in full: a "see above" points at the mark already.
        bullet(line.level(), line.prefix() + (first ? OutlineText.line(statement) + StatementMarks.suffix(marks, statement)
                : OutlineText.shortLine(statement) + " *(see above)*"));
        if (first) {
            tasks.push(new Children(line.level() + 1, statement));
        }
    }

    private void inference(int level, Inference inference) {
        String mark = mark(inference);
        String title = OutlineText.oneLine(inference.content().title());
        List<Statement> premises = inference.premises();
        tasks.push(new Children(level + 1, inference));
        if (premises.size() == 1) {
            boolean named = !title.isEmpty() && !title.equals(OutlineText.oneLine(premises.get(0).title()));
            tasks.push(new StatementLine(level, mark + " " + (named ? "*" + title + ":* " : ""), premises.get(0)));
            return;
        }
        String description = OutlineText.text(inference.content().description());
        String words = premises.isEmpty()
                ? (title.isEmpty() ? "" : "*" + title + "*" + (description.isEmpty() ? "" : ": ")) + description
                : (title.isEmpty() ? "*Together:*" : "*" + title + "* (together):") + (description.isEmpty() ? "" : " " + description);
        bullet(level, mark + " " + words + OutlineText.author(inference.content().author()));
        for (int i = premises.size() - 1; i >= 0; i--) {
            tasks.push(new StatementLine(level + 1, "", premises.get(i)));
        }
    }

    /** "**+**", "**–**", "**=**", "**↩ Reply:**", "**∅ Off-topic:**", with "the step" for an inference's target. */
    static String mark(Inference inference) {
        boolean step = inference.target() instanceof Inference;
        InferenceType type = inference.type();
        return switch (type) {
            case SUPPORT -> step ? "**+ for the step:**" : "**+**";
            case ATTACK -> step ? "**– against the step:**" : "**–**";
            case REPHRASE -> step ? "**= the step:**" : "**=**";
            case REPLY -> step ? "**↩ Reply to the step:**" : "**↩ Reply:**";
            case OFF_TOPIC -> step ? "**∅ Off-topic, to the step:**" : "**∅ Off-topic:**";
        };
    }

    /** One list item; further lines of its text are indented to stay inside it. */
    private void bullet(int level, String text) {
        String indent = "  ".repeat(Math.min(level, MAX_LEVEL));
        String[] lines = text.split("\n", -1);
        out.append(indent).append("- ").append(lines[0].stripTrailing()).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isEmpty()) {
                out.append('\n');
            } else {
                out.append(indent).append("  ").append(line).append('\n');
            }
        }
    }
}
