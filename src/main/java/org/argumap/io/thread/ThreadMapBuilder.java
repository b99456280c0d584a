package org.argumap.io.thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.text.Markup;

/**
 * Makes the draft map of a thread: the post is the main claim, each comment a claim with its
 * author, score and time, joined to what it answers by a {@code REPLY} inference for the
 * moderator to classify as support or attack. The options leave out low-scored and deep comments
 * with everything under them, and deleted ones where nothing hangs on them; what was left out is
 * counted in warnings, as are the comments the file itself does not hold.
 *
 * <p>Threads are walked with explicit stacks, never recursion: a site may nest replies deeper than
 * a thread's stack allows.
 */
final class ThreadMapBuilder {
    static final String SCORE = "score";
    static final String SCORE_HIDDEN = "score-hidden";
    static final String SOURCE_ID = "source-id";
    static final String STATUS = "status";

    private final ThreadImportOptions options;
    private final List<String> warnings;
    private final Map<ThreadNode, ThreadNode> parents = new IdentityHashMap<>();
    private final Map<ThreadNode, Integer> depths = new IdentityHashMap<>();
    private final List<ThreadNode> order = new ArrayList<>();
    private int belowScore;
    private int belowScoreReplies;
    private int tooDeep;

    ThreadMapBuilder(ThreadImportOptions options, List<String> readWarnings) {
        this.options = options;
        this.warnings = new ArrayList<>(readWarnings);
    }

    /**
     * @param declaredComments how many comments the site says the thread has, or null
     */
    ReadResult build(ThreadNode post, MapInfo info, Long declaredComments) {
        int held = size(post) - 1;
        if (declaredComments != null && declaredComments > held) {
            warnings.add(post.place + ": the site counts " + declaredComments + " comments in this thread; the file holds "
                    + held + ". Load the rest in the browser (or ask the site for more) and export again.");
        }
        select(post);
        Set<ThreadNode> kept = keep(post);
        ArgumentMap map = new ArgumentMap();
        map.setInfo(info);
        Map<ThreadNode, Statement> statements = new IdentityHashMap<>();
        for (ThreadNode node : order) {
            if (!kept.contains(node)) {
                continue;
            }
            Statement statement = map.addStatement(content(node));
            statements.put(node, statement);
            ThreadNode parent = parents.get(node);
            if (parent != null) {
                map.addInference(InferenceContent.of(InferenceType.REPLY), List.of(statement.id()), statements.get(parent).id());
            }
        }
        reportStubs(kept);
        reportLeftOut();
        return new ReadResult(map, warnings);
    }

    /** Pre-order walk that leaves out what is too deep or scored too low, with its subtree. */
    private void select(ThreadNode post) {
        Deque<ThreadNode> stack = new ArrayDeque<>();
        stack.push(post);
        depths.put(post, 0);
        while (!stack.isEmpty()) {
            ThreadNode node = stack.pop();
            order.add(node);
            int depth = depths.get(node) + 1;
            for (int i = node.replies.size() - 1; i >= 0; i--) {
                ThreadNode reply = node.replies.get(i);
                if (depth > options.maximumDepth()) {
                    tooDeep += size(reply);
                } else if (reply.score != null && !reply.scoreHidden && reply.score < options.minimumScore()) {
                    belowScore++;
                    belowScoreReplies += size(reply) - 1;
                } else {
                    parents.put(reply, node);
                    depths.put(reply, depth);
                    stack.push(reply);
                }
            }
        }
    }

    /** What stays: everything selected, less deleted comments (if asked) that no kept reply hangs on. */
    private Set<ThreadNode> keep(ThreadNode post) {
        Set<ThreadNode> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<ThreadNode> answered = Collections.newSetFromMap(new IdentityHashMap<>());
        int deletedLeftOut = 0;
        int deletedKept = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            ThreadNode node = order.get(i);
            boolean skip = node != post && options.skipDeleted() && node.isGone();
            if (skip && !answered.contains(node)) {
                deletedLeftOut++;
                continue;
            }
            if (skip) {
                deletedKept++;
            }
            kept.add(node);
            ThreadNode parent = parents.get(node);
            if (parent != null) {
                answered.add(parent);
            }
        }
        if (deletedLeftOut > 0 || deletedKept > 0) {
            warnings.add("Left out " + comments(deletedLeftOut) + " deleted or removed"
                    + (deletedKept == 0 ? "." : "; " + deletedKept + " more stay as placeholders because replies answer them."));
        }
        return kept;
    }

    private void reportStubs(Set<ThreadNode> kept) {
        long further = 0;
        int links = 0;
        int deeper = 0;
        ThreadNode.Stub firstLink = null;
        ThreadNode.Stub firstDeeper = null;
        for (ThreadNode node : order) {
            if (!kept.contains(node)) {
                continue;
            }
            for (ThreadNode.Stub stub : node.stubs) {
                if (stub.count() > 0) {
                    further = further > Long.MAX_VALUE - stub.count() ? Long.MAX_VALUE : further + stub.count();
                    links++;
                    firstLink = earlier(firstLink, stub);
                } else {
                    deeper++;
                    firstDeeper = earlier(firstDeeper, stub);
                }
            }
        }
        if (links > 0) {
            warnings.add(firstLink.place() + ": " + further + " further comment" + (further == 1 ? " was" : "s were")
                    + " not in the file (" + links + " \"load more\" link" + (links == 1 ? "" : "s") + ", the first here);"
                    + " load them in the browser and export again.");
        }
        if (deeper > 0) {
            warnings.add(firstDeeper.place() + ": " + deeper + " branch" + (deeper == 1 ? " continues" : "es continue")
                    + " deeper than the file goes (\"continue this thread\", the first here); open "
                    + (deeper == 1 ? "it" : "them") + " in the browser and export " + (deeper == 1 ? "it" : "them") + " too.");
        }
    }

    private static ThreadNode.Stub earlier(ThreadNode.Stub first, ThreadNode.Stub stub) {
        return first == null || stub.position().compareTo(first.position()) < 0 ? stub : first;
    }

    private void reportLeftOut() {
        if (belowScore > 0) {
            warnings.add("Left out " + comments(belowScore) + " scoring below " + options.minimumScore()
                    + (belowScoreReplies == 0 ? "." : ", and the " + comments(belowScoreReplies) + " under them."));
        }
        if (tooDeep > 0) {
            warnings.add("Left out " + comments(tooDeep) + " nested deeper than " + options.maximumDepth()
                    + " level" + (options.maximumDepth() == 1 ? "." : "s."));
        }
    }

    private static StatementContent content(ThreadNode node) {
        Map<String, String> data = new LinkedHashMap<>();
        if (node.score != null && !node.scoreHidden) {
            data.put(SCORE, Long.toString(node.score));
        }
        if (node.scoreHidden) {
            data.put(SCORE_HIDDEN, "true");
        }
        if (!node.sourceId.isEmpty()) {
            data.put(SOURCE_ID, node.sourceId);
        }
        if (node.isGone()) {
            data.put(STATUS, node.status == ThreadNode.Status.DELETED ? "deleted" : "removed");
        }
        // Comments are written in Markdown; the mark makes the boxes show their links' words.
        return new StatementContent(StatementKind.CLAIM, node.title, node.text, node.author, List.of(), "",
                node.url, "", node.date, Markup.markdown(data));
    }

    /** The node and everything under it. */
    private static int size(ThreadNode root) {
        int count = 0;
        Deque<ThreadNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ThreadNode node = stack.pop();
            count++;
            node.replies.forEach(stack::push);
        }
        return count;
    }

    private static String comments(long n) {
        return n + (n == 1 ? " comment" : " comments");
    }
}
