package org.argumap.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.edit.MapStructure;
import org.argumap.edit.SampleDebate;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/** Which lines the outline has and where they hang, checked against the map and {@link MapStructure}. */
class OutlineShapeTest {

    @Test
    void theSampleDebateReadsAsTheCanvasDrawsIt() {
        ArgumentMap map = SampleDebate.build();
        OutlineShape shape = OutlineShape.of(map);
        assertEquals(List.of(OutlineEntry.statement("s1", null), OutlineEntry.statement("s8", null)), shape.roots());
        assertEquals(List.of(
                        OutlineEntry.statement("s2", "i1"),
                        OutlineEntry.statement("s7", "i5"), // the undercut of the step s2 → s1, right after s2
                        OutlineEntry.statement("s3", "i2")),
                shape.childrenOf(OutlineEntry.statement("s1", null)));
        assertEquals(List.of(OutlineEntry.group("i3")), shape.childrenOf(OutlineEntry.statement("s2", "i1")));
        assertEquals(List.of(OutlineEntry.statement("s4", "i3"), OutlineEntry.statement("s5", "i3")),
                shape.childrenOf(OutlineEntry.group("i3")));
        assertEquals(OutlineEntry.group("i3"), shape.parentOf(OutlineEntry.statement("s4", "i3")));
    }

    @Test
    void aStatementBearingOnTwoHangsUnderItsFirstAndIsListedAgainUnderTheOther() {
        ArgumentMap map = SampleDebate.build();
        map.addInference("i9", InferenceContent.of(InferenceType.ATTACK), List.of("s6"), "s8");
        OutlineShape shape = OutlineShape.of(map);
        assertEquals(OutlineEntry.statement("s6", "i4"), shape.homeOf("s6"));
        assertEquals(List.of(OutlineEntry.also("s6", "i9")), shape.childrenOf(OutlineEntry.statement("s8", null)));
        assertEquals(List.of(OutlineEntry.also("s6", "i9")), shape.alsoLinesOf("s6"));
    }

    @Test
    void aCircleNoMainClaimReachesIsEnteredAtAStatementOnIt() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("a", StatementContent.claim("A"));
        map.addStatement("b", StatementContent.claim("B"));
        map.addStatement("c", StatementContent.claim("C, feeding the circle from outside"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("c"), "a");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("a"), "b");
        map.addInference("i3", InferenceContent.of(InferenceType.SUPPORT), List.of("b"), "a");
        OutlineShape shape = OutlineShape.of(map);
        assertEquals(1, shape.roots().size());
        String entry = shape.roots().get(0).statementId();
        assertTrue(Set.of("a", "b").contains(entry), "entered on the circle, not at " + entry);
        for (String id : List.of("a", "b", "c")) {
            assertNotNull(shape.homeOf(id), id + " has a line");
        }
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    /** Every premise link is one line, every statement has exactly one line of its own, and each hangs where MapStructure says. */
    @Property(tries = 300)
    void everyLinkIsOneLineAndEveryStatementHangsUnderItsParent(@ForAll("maps") ArgumentMap map) {
        OutlineShape shape = OutlineShape.of(map);
        Set<OutlineEntry> seen = new HashSet<>();
        for (OutlineEntry entry : shape.entries()) {
            assertTrue(seen.add(entry), "one line for " + entry);
        }
        int premiseLinks = 0;
        int groups = 0;
        for (Inference inference : map.inferences()) {
            premiseLinks += inference.premises().size();
            groups += inference.premises().size() == 1 ? 0 : 1;
            assertEquals(inference.premises().size() != 1, seen.contains(OutlineEntry.group(inference.id())));
            for (Statement premise : inference.premises()) {
                assertTrue(seen.contains(OutlineEntry.statement(premise.id(), inference.id()))
                        || seen.contains(OutlineEntry.also(premise.id(), inference.id())), premise + " via " + inference);
            }
        }
        List<Statement> circleEntries = new ArrayList<>();
        for (OutlineEntry root : shape.roots()) {
            Statement top = map.statement(root.statementId());
            if (!map.inferencesFrom(top).isEmpty()) {
                circleEntries.add(top);
            }
        }
        assertEquals(premiseLinks + groups + shape.roots().size(), shape.entries().size(),
                "a line per link, per linked argument, per top statement");
        for (Statement statement : map.statements()) {
            OutlineEntry home = shape.homeOf(statement.id());
            assertNotNull(home, statement + " has its own line");
            if (circleEntries.contains(statement)) {
                continue;
            }
            MapNode parent = MapStructure.parent(map, statement);
            assertEquals(parent == null ? null : statementAbove(parent), statementAbove(shape, home), "under its parent: " + statement);
        }
        for (OutlineEntry entry : shape.entries()) {
            if (entry.kind() == OutlineEntry.Kind.ALSO) {
                assertTrue(shape.childrenOf(entry).isEmpty(), "a line listed again is a leaf");
            }
        }
    }

    /** The statement a node belongs under: itself, or for a step the statement it leads to. */
    private static String statementAbove(MapNode node) {
        MapNode up = node;
        while (up instanceof Inference step) {
            up = step.target();
        }
        return up.id();
    }

    /** The nearest statement line above a line, past group lines. */
    private static String statementAbove(OutlineShape shape, OutlineEntry entry) {
        OutlineEntry up = shape.parentOf(entry);
        while (up != null && up.kind() == OutlineEntry.Kind.GROUP) {
            up = shape.parentOf(up);
        }
        assertTrue(up == null || up.kind() == OutlineEntry.Kind.STATEMENT, "only a statement's own line has a branch");
        return up == null ? null : up.statementId();
    }

    @Test
    void anEmptyMapHasNoLines() {
        OutlineShape shape = OutlineShape.of(new ArgumentMap());
        assertTrue(shape.entries().isEmpty());
        assertNull(shape.homeOf("s1"));
    }
}
