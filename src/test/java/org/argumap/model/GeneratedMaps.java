package org.argumap.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random but valid maps for property tests: any mix of claims and evidence, support, attack,
 * rephrase and reply, linked premises, undercuts (also of undercuts), titled arguments without
 * premises, tags, data, places; texts with quotes, newlines, control characters and emoji.
 */
public final class GeneratedMaps {
    private GeneratedMaps() {
    }

    public static Arbitrary<ArgumentMap> maps() {
        Arbitrary<String> texts = Arbitraries.strings()
                .withCharRange(' ', '\uD7FF').withChars('\n', '\t', '"', '\\', '\u0000', '\u001f')
                .ofMaxLength(60)
                .injectDuplicates(0.05)
                .edgeCases(edges -> edges.add("😀 \"quoted\" \\ back\nslash"));
        return Combinators.combine(texts.list().ofMinSize(0).ofMaxSize(40), Arbitraries.longs())
                .as(GeneratedMaps::build);
    }

    /** As {@link #maps()}, most of them with a presentation order of their own, with notes. */
    public static Arbitrary<ArgumentMap> mapsWithPresentations() {
        return Combinators.combine(maps(), Arbitraries.longs()).as(GeneratedMaps::withPresentation);
    }

    /** Gives the map random steps over some of its statements (none, now and then), with notes. */
    public static ArgumentMap withPresentation(ArgumentMap map, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>(map.statements().stream().map(Statement::id).toList());
        java.util.Collections.shuffle(ids, random);
        ids = ids.subList(0, random.nextInt(ids.size() + 1));
        List<Presentation.Step> steps = new ArrayList<>();
        for (int from = 0; from < ids.size(); ) {
            int to = Math.min(ids.size(), from + 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0));
            String notes = random.nextBoolean() ? "" : "Notes " + steps.size() + ": \"ask\" the class\nthen 😀";
            steps.add(new Presentation.Step(ids.subList(from, to), notes));
            from = to;
        }
        map.setPresentation(new Presentation(steps));
        return map;
    }

    /** Builds through the model's public methods only, so every map obeys the model's rules. */
    public static ArgumentMap build(List<String> texts, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap();
        map.setInfo(new MapInfo(pick(texts, random), pick(texts, random), random.nextBoolean() ? "https://example.org/t" : "",
                List.of("Ada", "Bo"), random.nextBoolean() ? Instant.ofEpochSecond(random.nextInt(2_000_000_000)) : null,
                null));
        int statements = texts.isEmpty() ? 0 : 1 + random.nextInt(texts.size());
        for (int i = 0; i < statements; i++) {
            String text = texts.get(i % texts.size());
            StatementContent content = random.nextInt(5) == 0
                    ? StatementContent.evidence(pick(texts, random), text, "https://example.org/" + i).withQuote(pick(texts, random))
                    .withDate("2026-0" + (1 + random.nextInt(9)))
                    : StatementContent.claim(text).withAuthor(random.nextBoolean() ? "Author " + random.nextInt(4) : "")
                    .withTags(random.nextBoolean() ? List.of("t" + random.nextInt(3)) : List.of())
                    .withData(random.nextInt(6) == 0 ? Map.of("score", String.valueOf(random.nextInt(100))) : Map.of());
            map.addStatement(content);
        }
        List<MapNode> targets = new ArrayList<>(map.statements());
        int inferences = statements == 0 ? 0 : random.nextInt(statements * 2);
        for (int i = 0; i < inferences; i++) {
            MapNode target = targets.get(random.nextInt(targets.size()));
            List<String> premises = new ArrayList<>();
            int count = random.nextInt(10) == 0 ? 0 : 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
            for (int p = 0; p < count; p++) {
                Statement premise = map.statements().get(random.nextInt(statements));
                if (premise != target && !premises.contains(premise.id())) {
                    premises.add(premise.id());
                }
            }
            InferenceType type = InferenceType.values()[random.nextInt(InferenceType.values().length)];
            InferenceContent content = InferenceContent.of(type)
                    .withFlavour(random.nextInt(6) == 0 ? InferenceFlavour.STRICT : InferenceFlavour.DEFEASIBLE)
                    .withTitle(premises.isEmpty() || random.nextInt(4) == 0 ? "Argument " + i : "")
                    .withScheme(random.nextInt(5) == 0 ? "Argument from Expert Opinion" : "");
            // Targets are always earlier nodes, so chains of undercuts end at a statement.
            targets.add(map.addInference(content, premises, target.id()));
        }
        // Reordering puts some undercuts before the inference they attack, as editing can.
        for (int i = 0; i < inferences / 3; i++) {
            List<Inference> all = map.inferences();
            map.reorder(all.get(random.nextInt(all.size())).id(), statements + random.nextInt(all.size()));
        }
        for (MapNode node : map.nodes()) {
            if (random.nextInt(3) == 0) {
                map.moveTo(node.id(), new Position(random.nextInt(4000) - 2000, random.nextDouble() * 1000));
            }
        }
        return map;
    }

    /** As {@link #mapsWithPresentations()}, with verdicts, ratings and strengths on some elements. */
    public static Arbitrary<ArgumentMap> mapsWithJudgements() {
        return Combinators.combine(mapsWithPresentations(), Arbitraries.longs()).as(GeneratedMaps::withJudgements);
    }

    /**
     * Judges some statements and rates some inferences, the bounds 0 and 100 included, through the
     * model's public methods. A separate step so that the maps other tests draw stay as they were.
     */
    public static ArgumentMap withJudgements(ArgumentMap map, long seed) {
        Random random = new Random(seed);
        for (Statement statement : map.statements()) {
            StatementContent content = statement.content();
            if (random.nextInt(3) == 0) {
                content = content.withVerdict(Verdict.values()[random.nextInt(Verdict.values().length)]);
            }
            if (random.nextInt(3) == 0) {
                content = content.withRating(percent(random));
            }
            map.updateStatement(statement.id(), content);
        }
        for (Inference inference : map.inferences()) {
            if (random.nextInt(3) == 0) {
                map.updateInference(inference.id(), inference.content().withStrength(percent(random)));
            }
        }
        return map;
    }

    private static int percent(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 100;
            default -> random.nextInt(101);
        };
    }

    private static String pick(List<String> texts, Random random) {
        return texts.isEmpty() ? "" : texts.get(random.nextInt(texts.size()));
    }
}
