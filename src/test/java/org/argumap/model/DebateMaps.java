package org.argumap.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Maps shaped like real debates, of any size, for benchmarks and large-map tests: one thesis,
 * each claim answered by 2–5 reasons and objections (about two supports to one attack), depth up
 * to 12, some linked co-premises, some undercuts, a little evidence. Deterministic per seed.
 */
public final class DebateMaps {
    private static final int MAX_DEPTH = 12;
    private static final String[] WORDS = ("the policy would reduce costs for families but raise taxes on small firms while "
            + "studies show mixed results in other countries and critics argue that evidence is weak so supporters "
            + "reply that long term benefits outweigh short term harm").split(" ");

    private DebateMaps() {
    }

    /** A debate of exactly {@code statements} statements. */
    public static ArgumentMap debate(int statements, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle("Generated debate of " + statements + " statements"));
        Statement thesis = map.addStatement("s0", StatementContent.claim(sentence(random, 0)));
        Deque<Statement> open = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        open.add(thesis);
        depths.add(0);
        List<Inference> inferences = new ArrayList<>();
        int made = 1;
        while (made < statements && !open.isEmpty()) {
            Statement parent = open.poll();
            int depth = depths.poll();
            int children = 2 + random.nextInt(4);
            for (int c = 0; c < children && made < statements; c++) {
                boolean linked = random.nextInt(10) == 0 && made + 2 <= statements;
                List<String> premises = new ArrayList<>();
                for (int p = 0; p < (linked ? 2 : 1); p++) {
                    boolean evidence = depth >= 2 && random.nextInt(12) == 0;
                    StatementContent content = evidence
                            ? StatementContent.evidence("Source " + made, sentence(random, made), "https://example.org/" + made)
                            : StatementContent.claim(sentence(random, made));
                    Statement premise = map.addStatement("s" + made++, content);
                    premises.add(premise.id());
                    if (depth + 1 < MAX_DEPTH && !evidence) {
                        open.add(premise);
                        depths.add(depth + 1);
                    }
                }
                boolean undercut = !inferences.isEmpty() && random.nextInt(25) == 0;
                String target = undercut ? inferences.get(random.nextInt(inferences.size())).id() : parent.id();
                InferenceType type = undercut || random.nextInt(3) == 0 ? InferenceType.ATTACK : InferenceType.SUPPORT;
                inferences.add(map.addInference("i" + inferences.size(), InferenceContent.of(type), premises, target));
            }
        }
        return map;
    }

    private static String sentence(Random random, int n) {
        int length = 6 + random.nextInt(14);
        StringBuilder text = new StringBuilder("Claim ").append(n).append(':');
        for (int i = 0; i < length; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
