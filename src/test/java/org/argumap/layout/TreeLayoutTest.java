package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class TreeLayoutTest {
    static final BoxSizes SIZES = node -> node instanceof Statement ? new Size(200, 60) : new Size(12, 12);

    private final ArgumentMap map = new ArgumentMap();
    private final TreeLayout layout = new TreeLayout();

    private void claim(String id) {
        map.addStatement(id, StatementContent.claim(id));
    }

    private void link(String id, InferenceType type, String target, String... premises) {
        map.addInference(id, InferenceContent.of(type), List.of(premises), target);
    }

    static void assertNoStatementsOverlap(ArgumentMap map, MapGeometry geometry) {
        List<Statement> statements = map.statements();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Rect a = geometry.rectOf(statements.get(i).id());
                Rect b = geometry.rectOf(statements.get(j).id());
                assertFalse(a.overlaps(b), statements.get(i) + " overlaps " + statements.get(j));
            }
        }
    }

    @Test
    void mainClaimOnTopReasonsAndObjectionsBelowJunctionsBetween() {
        claim("main");
        claim("reason");
        claim("objection");
        link("i1", InferenceType.SUPPORT, "main", "reason");
        link("i2", InferenceType.ATTACK, "main", "objection");

        MapGeometry g = layout.layout(map, SIZES);

        Rect main = g.rectOf("main");
        Rect reason = g.rectOf("reason");
        Rect objection = g.rectOf("objection");
        assertTrue(main.maxY() < reason.y(), "the reason is below its claim");
        assertEquals(reason.y(), objection.y(), "siblings share a row");
        assertTrue(reason.maxX() <= objection.x(), "in map order, left to right");
        assertEquals(main.centreX(), (reason.centreX() + objection.centreX()) / 2, 1e-9, "the claim is centred over them");
        Rect junction = g.rectOf("i1");
        assertTrue(junction.centreY() > main.maxY() && junction.centreY() < reason.y(), "the junction lies between the rows");
        assertEquals(new Size(12, 12), new Size(junction.width(), junction.height()));
    }

    @Test
    void aLeafSitsBesideABroadNeighbourNotBeyondItsBranch() {
        claim("main");
        claim("broad");
        claim("leaf");
        link("i1", InferenceType.SUPPORT, "main", "broad");
        link("i2", InferenceType.ATTACK, "main", "leaf");
        for (int k = 0; k < 4; k++) {
            claim("e" + k);
            link("j" + k, InferenceType.SUPPORT, "broad", "e" + k);
        }

        MapGeometry g = new TreeLayout(20, 80, 60).layout(map, SIZES);

        assertEquals(20, g.rectOf("leaf").x() - g.rectOf("broad").maxX(), 1e-9,
                "the leaf has no row below, so it may stand over the broad branch's last reasons");
        assertNoStatementsOverlap(map, g);
    }

    @Test
    void linkedPremisesShareOneJunctionBetweenThem() {
        claim("main");
        claim("p1");
        claim("p2");
        link("i1", InferenceType.SUPPORT, "main", "p1", "p2");

        MapGeometry g = layout.layout(map, SIZES);

        double between = (g.rectOf("p1").centreX() + g.rectOf("p2").centreX()) / 2;
        assertEquals(between, g.rectOf("i1").centreX(), 1e-9);
        assertNoStatementsOverlap(map, g);
    }

    @Test
    void anUndercutterStandsBesideThePremiseItsStepRestsOn() {
        claim("main");
        claim("reason");
        claim("undercutter");
        link("i1", InferenceType.SUPPORT, "main", "reason");
        link("i2", InferenceType.ATTACK, "i1", "undercutter");

        MapGeometry g = layout.layout(map, SIZES);

        assertEquals(g.rectOf("reason").y(), g.rectOf("undercutter").y());
        Rect undercut = g.rectOf("i2");
        Rect step = g.rectOf("i1");
        assertTrue(undercut.centreX() > step.centreX(), "the undercut's junction lies toward the undercutter");
        assertNoStatementsOverlap(map, g);
    }

    @Test
    void aStatementFeedingSeveralInferencesIsPlacedOnce() {
        claim("a");
        claim("b");
        claim("shared");
        link("i1", InferenceType.SUPPORT, "a", "shared");
        link("i2", InferenceType.ATTACK, "b", "shared");

        MapGeometry g = layout.layout(map, SIZES);

        assertEquals(map.size(), g.rects().size());
        assertTrue(g.rectOf("a").maxY() < g.rectOf("shared").y());
        assertNotNull(g.rectOf("i2"), "the second link still gets its junction");
        assertNoStatementsOverlap(map, g);
    }

    @Test
    void severalMainClaimsStandSideBySide() {
        claim("m1");
        claim("m2");
        claim("r1");
        claim("r2");
        link("i1", InferenceType.SUPPORT, "m1", "r1");
        link("i2", InferenceType.SUPPORT, "m2", "r2");

        MapGeometry g = layout.layout(map, SIZES);

        assertEquals(g.rectOf("m1").y(), g.rectOf("m2").y());
        assertTrue(g.rectOf("r1").maxX() < g.rectOf("r2").x());
        assertNoStatementsOverlap(map, g);
    }

    @Test
    void aCycleOfSupportWithoutMainClaimIsLaidOut() {
        claim("a");
        claim("b");
        claim("c");
        link("i1", InferenceType.SUPPORT, "b", "a");
        link("i2", InferenceType.SUPPORT, "c", "b");
        link("i3", InferenceType.SUPPORT, "a", "c");

        MapGeometry g = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> layout.layout(map, SIZES));

        assertEquals(6, g.rects().size());
        assertTrue(g.rectOf("a").maxY() < g.rectOf("c").y(), "entered at the first statement in map order");
        assertNoStatementsOverlap(map, g);
    }

    @Test
    void aPlacedBoxStaysAndItsUnplacedBranchMovesWithIt() {
        claim("main");
        claim("reason");
        claim("evidence");
        link("i1", InferenceType.SUPPORT, "main", "reason");
        link("i2", InferenceType.SUPPORT, "reason", "evidence");
        MapGeometry before = layout.layout(map, SIZES);

        map.moveTo("reason", new Position(1000, 500));
        MapGeometry after = layout.layout(map, SIZES);

        assertEquals(1000, after.rectOf("reason").centreX(), 1e-9);
        assertEquals(500, after.rectOf("reason").centreY(), 1e-9);
        assertEquals(before.rectOf("main"), after.rectOf("main"));
        double dx = after.rectOf("reason").x() - before.rectOf("reason").x();
        double dy = after.rectOf("reason").y() - before.rectOf("reason").y();
        assertEquals(before.rectOf("evidence").translated(dx, dy), after.rectOf("evidence"));
    }

    @Test
    void aPlacedJunctionStaysWhereItWasPut() {
        claim("main");
        claim("reason");
        Inference step = map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "main");
        map.moveTo(step.id(), new Position(-40, 7));

        MapGeometry g = layout.layout(map, SIZES);

        assertEquals(-40, g.rectOf("i1").centreX(), 1e-9);
        assertEquals(7, g.rectOf("i1").centreY(), 1e-9);
    }

    @Test
    void anEmptyMapHasNoBounds() {
        MapGeometry g = layout.layout(map, SIZES);
        assertTrue(g.isEmpty());
        assertEquals(null, g.bounds());
    }

    @Test
    void aChainOfHundredThousandNeedsNoDeepStack() {
        int n = 100_000;
        claim("s0");
        for (int i = 1; i < n; i++) {
            claim("s" + i);
            link("i" + i, InferenceType.SUPPORT, "s" + (i - 1), "s" + i);
        }
        MapGeometry g = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> layout.layout(map, SIZES));
        assertEquals(2 * n - 1, g.rects().size());
        assertTrue(g.rectOf("s" + (n - 1)).y() > g.rectOf("s0").y());
    }

    @Test
    void aBroadTreeOfHundredThousandIsLinear() {
        claim("s0");
        List<String> frontier = new ArrayList<>(List.of("s0"));
        int count = 1;
        while (count < 100_000) {
            List<String> next = new ArrayList<>();
            for (String parent : frontier) {
                for (int k = 0; k < 3 && count < 100_000; k++) {
                    String id = "s" + count++;
                    claim(id);
                    link("i" + id, k == 1 ? InferenceType.ATTACK : InferenceType.SUPPORT, parent, id);
                    next.add(id);
                }
            }
            frontier = next;
        }
        MapGeometry g = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> layout.layout(map, SIZES));
        assertEquals(map.size(), g.rects().size());
    }
}
