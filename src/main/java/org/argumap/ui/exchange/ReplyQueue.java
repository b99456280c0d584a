package org.argumap.ui.exchange;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * The replies of an imported thread that still wait to be classified, in reading order: the tree
 * from each main claim, depth first, as the outline and the canvas show it. A moderator goes down
 * the thread one key per comment, so "next" follows that order and wraps around at the end.
 */
public final class ReplyQueue {
    private ReplyQueue() {
    }

    /** How many links are still replies. */
    public static int count(ArgumentMap map) {
        Counted known = lastCount;
        if (known != null && known.map().get() == map && known.change() == map.changeCount()) {
            return known.replies();
        }
        int replies = 0;
        for (Inference inference : map.inferences()) {
            if (inference.type() == InferenceType.REPLY) {
                replies++;
            }
        }
        lastCount = new Counted(new WeakReference<>(map), map.changeCount(), replies);
        return replies;
    }

    /**
     * The last count, kept while its map is unchanged: the status line and the Classify actions
     * both ask after each change, and at 100,000 statements each scan is tens of milliseconds.
     */
    private record Counted(WeakReference<ArgumentMap> map, long change, int replies) {
    }

    private static volatile Counted lastCount;

    /** Whether this statement hangs from a reply, i.e. still waits to be classified. */
    public static boolean isUnclassified(ArgumentMap map, Statement statement) {
        Inference parent = MapStructure.parentInference(map, statement);
        return parent != null && parent.type() == InferenceType.REPLY;
    }

    /**
     * The first unclassified statement after {@code current} in reading order, wrapping around;
     * from the top when {@code current} is null. Null when none is left (or only {@code current}).
     */
    public static Statement next(ArgumentMap map, Statement current) {
        return next(map, current, statement -> true);
    }

    /** As {@link #next(ArgumentMap, Statement)}, among the statements {@code shown} accepts (not in a collapsed branch). */
    public static Statement next(ArgumentMap map, Statement current, Predicate<Statement> shown) {
        List<Statement> order = readingOrder(map);
        int start = current == null ? -1 : order.indexOf(current);
        for (int step = 1; step <= order.size(); step++) {
            Statement candidate = order.get(Math.floorMod(start + step, order.size()));
            if (candidate != current && isUnclassified(map, candidate) && shown.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Every statement once: the main claims' trees depth first, then what hangs under no main
     * claim (a circle), in map order.
     */
    static List<Statement> readingOrder(ArgumentMap map) {
        Set<Statement> seen = new LinkedHashSet<>();
        for (Statement claim : map.mainClaims()) {
            walk(map, claim, seen);
        }
        for (Statement statement : map.statements()) {
            walk(map, statement, seen);
        }
        return new ArrayList<>(seen);
    }

    /** Depth first without recursion: reply chains of real threads run hundreds deep. */
    private static void walk(ArgumentMap map, Statement top, Set<Statement> seen) {
        Deque<Statement> open = new ArrayDeque<>();
        open.push(top);
        while (!open.isEmpty()) {
            Statement statement = open.pop();
            if (!seen.add(statement)) {
                continue;
            }
            List<Statement> children = MapStructure.children(map, statement);
            for (int i = children.size() - 1; i >= 0; i--) {
                open.push(children.get(i));
            }
        }
    }
}
