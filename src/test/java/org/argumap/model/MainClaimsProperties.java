package org.argumap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The map keeps its main claims up to date through every kind of edit rather than walking all its
 * statements when asked: after random sequences of additions, removals, restores, premises added
 * and taken away, retargeting and changes of kind, they are what a walk over the whole map finds,
 * in map order, and so are the counts of statements and inferences.
 */
class MainClaimsProperties {

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    @Property(tries = 300)
    void mainClaimsFollowEveryEdit(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        Random random = new Random(seed);
        map.mainClaims(); // from now on kept up to date
        List<Removal> removals = new ArrayList<>();
        for (int step = 0; step < 25; step++) {
            try {
                edit(map, random, removals);
            } catch (MapInvariantException | IndexOutOfBoundsException refused) {
                // an edit the model refuses changes nothing
            }
            assertEquals(wholeMapWalk(map), map.mainClaims(), "after step " + step);
            assertEquals(map.statements().stream().filter(s -> map.inferencesFrom(s).isEmpty()).toList(),
                    map.unfedStatements(), "after step " + step);
            assertEquals(map.statements().size(), map.statementCount());
            assertEquals(map.inferences().size(), map.inferenceCount());
        }
    }

    private static void edit(ArgumentMap map, Random random, List<Removal> removals) {
        List<Statement> statements = map.statements();
        List<MapNode> nodes = map.nodes();
        int kind = random.nextInt(8);
        if (kind != 1 && kind != 2) {
            removals.clear(); // as undo does: a removal is restored only before any other edit
        }
        switch (kind) {
            case 0 -> map.addStatement(random.nextBoolean() ? StatementContent.claim("new")
                    : StatementContent.evidence("e", "new", "https://example.org"));
            case 1 -> {
                if (!nodes.isEmpty()) {
                    removals.add(map.remove(List.of(nodes.get(random.nextInt(nodes.size())).id())));
                }
            }
            case 2 -> {
                if (!removals.isEmpty()) {
                    map.restore(removals.remove(removals.size() - 1));
                }
            }
            case 3 -> {
                if (statements.size() > 1 && !nodes.isEmpty()) {
                    map.addInference(InferenceContent.of(InferenceType.SUPPORT),
                            List.of(statements.get(random.nextInt(statements.size())).id()),
                            nodes.get(random.nextInt(nodes.size())).id());
                }
            }
            case 4 -> {
                List<Inference> inferences = map.inferences();
                if (!inferences.isEmpty() && !statements.isEmpty()) {
                    map.addPremise(inferences.get(random.nextInt(inferences.size())).id(),
                            statements.get(random.nextInt(statements.size())).id(), -1);
                }
            }
            case 5 -> {
                List<Inference> inferences = map.inferences();
                if (!inferences.isEmpty()) {
                    Inference inference = inferences.get(random.nextInt(inferences.size()));
                    if (!inference.premises().isEmpty()) {
                        map.removePremise(inference.id(), inference.premises().get(0).id());
                    }
                }
            }
            case 6 -> {
                List<Inference> inferences = map.inferences();
                if (!inferences.isEmpty() && !nodes.isEmpty()) {
                    map.setTarget(inferences.get(random.nextInt(inferences.size())).id(),
                            nodes.get(random.nextInt(nodes.size())).id());
                }
            }
            default -> {
                if (!statements.isEmpty()) {
                    Statement statement = statements.get(random.nextInt(statements.size()));
                    StatementContent content = statement.content();
                    map.updateStatement(statement.id(), content.kind() == StatementKind.CLAIM
                            ? StatementContent.evidence("e", content.text(), "https://example.org") : StatementContent.claim(content.text()));
                }
            }
        }
    }

    private static List<Statement> wholeMapWalk(ArgumentMap map) {
        return map.statements().stream()
                .filter(s -> s.kind() == StatementKind.CLAIM && map.graph().outDegreeOf(s) == 0)
                .toList();
    }
}
