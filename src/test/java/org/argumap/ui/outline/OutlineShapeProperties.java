package org.argumap.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapEvent;
import org.argumap.model.MapNode;
import org.argumap.model.Removal;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * An outline patched after a box was added below another, or taken away again, is the outline
 * made afresh: after random sequences of such edits mixed with others (which make a new shape, as
 * the panel does), on random maps with circles, shared premises and undercuts, every line hangs
 * where a new shape hangs it, in the same order, and every statement has the same lines. The tree
 * items kept in step with those changes (as the panel keeps them) are the items a first tree of
 * the map is built with: the same lines below the same lines, expanded alike.
 */
class OutlineShapeProperties {

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    @Property(tries = 300)
    void aPatchedOutlineIsTheOutlineMadeAfresh(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        Random random = new Random(seed);
        List<MapEvent> events = new ArrayList<>();
        map.addListener(events::add);
        OutlineShape shape = OutlineShape.of(map);
        // About half the statements fold, as collapsed branches on the canvas do.
        Predicate<OutlineEntry> expandNew = entry -> entry.statementId() == null
                || entry.statementId().hashCode() % 2 == 0;
        OutlineItems kept = new OutlineItems();
        kept.update(shape, expandNew);
        List<Removal> removals = new ArrayList<>();
        for (int step = 0; step < 20; step++) {
            events.clear();
            edit(map, random, removals);
            OutlineShape.Patch patch = shape.patch(map, List.copyOf(events));
            if (patch == null) {
                shape = OutlineShape.of(map);
                kept.update(shape, expandNew);
            } else {
                kept.apply(patch, expandNew);
            }
            assertSameShape(OutlineShape.of(map), shape, map);
            OutlineItems first = new OutlineItems();
            first.update(OutlineShape.of(map), expandNew);
            assertSameItems(first.root(), kept.root());
        }
    }

    private static void edit(ArgumentMap map, Random random, List<Removal> removals) {
        List<Statement> statements = map.statements();
        int kind = random.nextInt(6);
        if (kind > 2) {
            removals.clear(); // as undo does: a removal is put back only before any other edit
        }
        if (statements.isEmpty() && kind != 2) {
            kind = 5;
        }
        switch (kind) {
            case 0, 1 -> {
                // Add Reason / Add Objection below a statement.
                Statement target = statements.get(random.nextInt(statements.size()));
                Statement added = map.addStatement(StatementContent.claim("new"));
                map.addInference(InferenceContent.of(random.nextBoolean() ? InferenceType.SUPPORT : InferenceType.ATTACK),
                        List.of(added.id()), target.id());
            }
            case 2 -> {
                if (!removals.isEmpty()) {
                    map.restore(removals.remove(removals.size() - 1));
                }
            }
            case 3 -> {
                // Delete: often a leaf just added, sometimes anything.
                Statement doomed = statements.get(random.nextBoolean() ? statements.size() - 1 : random.nextInt(statements.size()));
                removals.add(map.remove(List.of(doomed.id())));
            }
            case 4 -> {
                List<MapNode> nodes = map.nodes();
                MapNode node = nodes.get(random.nextInt(nodes.size()));
                map.reorder(node.id(), random.nextInt(nodes.size()));
            }
            default -> map.addStatement(StatementContent.claim("top"));
        }
    }

    private static void assertSameItems(TreeItem<OutlineEntry> expected, TreeItem<OutlineEntry> actual) {
        assertEquals(expected.getValue(), actual.getValue());
        assertEquals(expected.isExpanded(), actual.isExpanded(), "expanded: " + expected.getValue());
        List<OutlineEntry> expectedBelow = expected.getChildren().stream().map(TreeItem::getValue).toList();
        List<OutlineEntry> actualBelow = actual.getChildren().stream().map(TreeItem::getValue).toList();
        assertEquals(expectedBelow, actualBelow, "below " + expected.getValue());
        for (int i = 0; i < expectedBelow.size(); i++) {
            assertEquals(actual, actual.getChildren().get(i).getParent(), "parent of " + actualBelow.get(i));
            assertSameItems(expected.getChildren().get(i), actual.getChildren().get(i));
        }
    }

    private static void assertSameShape(OutlineShape expected, OutlineShape actual, ArgumentMap map) {
        assertEquals(expected.roots(), actual.roots());
        assertEquals(new HashSet<>(expected.entries()), new HashSet<>(actual.entries()));
        assertEquals(expected.entries().size(), actual.entries().size());
        for (OutlineEntry entry : expected.entries()) {
            assertEquals(expected.childrenOf(entry), actual.childrenOf(entry), "below " + entry);
            assertEquals(expected.parentOf(entry), actual.parentOf(entry), "above " + entry);
        }
        for (Statement statement : map.statements()) {
            assertEquals(expected.homeOf(statement.id()), actual.homeOf(statement.id()), statement.id());
            assertEquals(expected.alsoLinesOf(statement.id()), actual.alsoLinesOf(statement.id()), statement.id());
        }
    }
}
