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
 * that stand apart (an AIF corpus). Deterministic per seed.
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

    private static String reply(ArgumentMap map, String target, Random random, int n) {
        String id = "r" + n;
        map.addStatement(id, StatementContent.claim("Reply " + n + " ".repeat(1 + random.nextInt(3)) + "with a few words."));
        InferenceType type = random.nextInt(3) == 0 ? InferenceType.ATTACK : InferenceType.SUPPORT;
        map.addInference(InferenceContent.of(type), List.of(id), target);
        return id;
    }
}
