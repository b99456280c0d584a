package org.argumap.layout;

import java.util.List;
import java.util.Random;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Maps that are wide rather than deep, as imports make them: a post with hundreds of direct
 * replies, a few of which have replies of their own (a Reddit thread), and a corpus of claims
 * that stand apart (an AIF corpus), and a Kialo debate whose claims are reused elsewhere.
 * Deterministic per seed.
 */
public final class WideMaps {
    private WideMaps() {
    }

    /**
     * A post with {@code replies} direct replies, of which about one in {@code threadEvery} has
     * a short thread of replies under it (none when {@code threadEvery} is 0).
     */
    public static ArgumentMap thread(int replies, int threadEvery, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap();
        map.addStatement("post", StatementContent.claim("The post that everyone answers."));
        int made = 0;
        for (int r = 0; r < replies; r++) {
            String reply = reply(map, "post", random, made++);
            if (threadEvery > 0 && random.nextInt(threadEvery) == 0) {
                int answers = 1 + random.nextInt(3);
                for (int a = 0; a < answers; a++) {
                    String answer = reply(map, reply, random, made++);
                    if (random.nextInt(3) == 0) {
                        reply(map, answer, random, made++);
                    }
                }
            }
        }
        return map;
    }

    /** {@code claims} separate claims; about one in {@code withReasonsEvery} has two reasons under it. */
    public static ArgumentMap separateClaims(int claims, int withReasonsEvery, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap();
        int made = 0;
        for (int c = 0; c < claims; c++) {
            Statement claim = map.addStatement("c" + c, StatementContent.claim("Claim " + c + " of the corpus."));
            if (withReasonsEvery > 0 && random.nextInt(withReasonsEvery) == 0) {
                for (int k = 0; k < 2; k++) {
                    reply(map, claim.id(), random, made++);
                }
            }
        }
        return map;
    }

    /**
     * A Kialo debate of about {@code statements} claims: a thesis, two to five pros and cons
     * under each claim of the first three levels and up to four further down, eight levels at
     * most; about {@code seePercent} in a hundred entries are a "-> See" of an earlier claim, so
     * that claim answers a second one (a cross link). Most claims stand in branches of a few.
     */
    public static ArgumentMap kialo(int statements, int seePercent, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap();
        map.addStatement("thesis", StatementContent.claim("The thesis of the debate, in a sentence or two."));
        List<String> made = new java.util.ArrayList<>(List.of("thesis"));
        // Depth-first, as Kialo numbers its claims: 1.1., 1.1.1., ..., 1.2.
        java.util.ArrayDeque<String[]> open = new java.util.ArrayDeque<>();
        open.push(new String[] {"thesis", "0"});
        int entries = 1;
        while (!open.isEmpty() && entries < statements) {
            String[] top = open.pop();
            int depth = Integer.parseInt(top[1]);
            int answers = depth > 7 ? 0 : depth < 3 ? 2 + random.nextInt(4) : random.nextInt(6) - 1;
            List<String[]> children = new java.util.ArrayList<>();
            for (int k = 0; k < answers && entries < statements; k++, entries++) {
                InferenceType type = random.nextInt(3) == 0 ? InferenceType.ATTACK : InferenceType.SUPPORT;
                if (made.size() > 1 && random.nextInt(100) < seePercent) {
                    String seen = made.get(1 + random.nextInt(made.size() - 1));
                    if (!seen.equals(top[0])) {
                        map.addInference(InferenceContent.of(type), List.of(seen), top[0]);
                    }
                    continue;
                }
                String id = "k" + entries;
                map.addStatement(id, StatementContent.claim("Claim " + entries + " of the debate"
                        + " with a few more words".repeat(1 + random.nextInt(4)) + "."));
                map.addInference(InferenceContent.of(type), List.of(id), top[0]);
                made.add(id);
                children.add(new String[] {id, Integer.toString(depth + 1)});
            }
            for (int c = children.size() - 1; c >= 0; c--) {
                open.push(children.get(c));
            }
        }
        return map;
    }

    /**
     * A sub-thread of {@code replies} comments under {@code under}: mostly a chain of answers,
     * with now and then a second answer to the same comment, as long Reddit exchanges go.
     */
    public static void subthread(ArgumentMap map, String under, int replies, long seed) {
        Random random = new Random(seed);
        List<String> comments = new java.util.ArrayList<>(List.of(under));
        for (int r = 0; r < replies; r++) {
            String target = random.nextInt(4) == 0 ? comments.get(random.nextInt(comments.size())) : comments.get(comments.size() - 1);
            String id = under + "-s" + r;
            map.addStatement(id, StatementContent.claim("Answer " + r + " in a long exchange" + " and more".repeat(random.nextInt(4)) + "."));
            map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of(id), target);
            comments.add(id);
        }
    }

    private static String reply(ArgumentMap map, String target, Random random, int n) {
        String id = "r" + n;
        map.addStatement(id, StatementContent.claim("Reply " + n + " ".repeat(1 + random.nextInt(3)) + "with a few words."));
        InferenceType type = random.nextInt(3) == 0 ? InferenceType.ATTACK : InferenceType.SUPPORT;
        map.addInference(InferenceContent.of(type), List.of(id), target);
        return id;
    }
}
