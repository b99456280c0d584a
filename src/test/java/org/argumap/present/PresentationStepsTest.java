package org.argumap.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Presentation;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The steps of the demo map, in argument order and in a teacher's own order. */
class PresentationStepsTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");
    private ArgumentMap demo;

    @BeforeEach
    void readTheDemo() throws Exception {
        demo = new ArgumapJsonFormat().read(DEMO).map();
    }

    private static List<List<String>> shows(List<PresentationStep> steps) {
        return steps.stream().map(PresentationStep::shows).toList();
    }

    @Test
    void argumentOrderIsTheMainClaimThenEachReasonOrObjectionWithItsBranch() {
        assertEquals(List.of(
                List.of("s1"),              // the main claim
                List.of("s2"),              // its first reason ...
                List.of("s3", "s4", "e1"),  // ... whose linked co-premises come together, with the article backing s3
                List.of("s5", "e2"),        // the objection "Allies spy too", with its evidence
                List.of("s6"),              // the rebuttal of that objection
                List.of("s7"), List.of("s8"),
                List.of("s9"), List.of("s10"), List.of("s11"), List.of("s12"),
                List.of("s13"),             // a rephrasing
                List.of("s14"),             // a reply not yet classified
                List.of("s15"), List.of("s16", "e3"), List.of("s17"),
                List.of("s18")),            // the undercut of s15's step, after s15's branch
                shows(PresentationSteps.of(demo)));
        assertTrue(PresentationSteps.of(demo).stream().noneMatch(PresentationStep::saved));
        assertEquals(PresentationSteps.of(demo), PresentationSteps.argumentOrder(demo));
    }

    @Test
    void aSavedOrderComesFirstAndWhatItLeavesOutFollowsInArgumentOrder() {
        demo.setPresentation(new Presentation(List.of(
                new Presentation.Step(List.of("s9", "s10"), "Start with the money."),
                new Presentation.Step(List.of("s1"), "Then the claim."))));
        List<PresentationStep> steps = PresentationSteps.of(demo);
        assertEquals(new PresentationStep(List.of("s9", "s10"), "Start with the money.", true), steps.get(0));
        assertEquals(new PresentationStep(List.of("s1"), "Then the claim.", true), steps.get(1));
        assertEquals(new PresentationStep(List.of("s2"), "", false), steps.get(2));
        assertEquals(List.of(List.of("s8"), List.of("s11")), shows(steps.subList(7, 9)), "s9 and s10 are not revealed twice");
        assertEquals(17 - 1, steps.size(), "two steps of argument order became one");
    }

    @Test
    void deletedStatementsLeaveTheSavedStepsAndNewOnesAreAppended() {
        demo.setPresentation(PresentationSteps.toSaved(PresentationSteps.of(demo)));
        demo.remove(List.of("s7"));   // s8, which hung below it, stays as a main claim of its own
        Statement added = demo.addStatement(StatementContent.claim("Both sides need the trade."));
        demo.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(added.id()), "s2");
        List<PresentationStep> steps = PresentationSteps.of(demo);
        assertTrue(steps.stream().filter(PresentationStep::saved).noneMatch(step -> step.shows().contains("s7")),
                "the deleted s7 left its step, so a new statement given the free id s7 does not inherit it");
        assertTrue(steps.contains(new PresentationStep(List.of("s8"), "", true)), "s8 keeps its saved step");
        assertEquals(new PresentationStep(List.of(added.id()), "", false), steps.get(steps.size() - 1),
                "a statement added after the order was set comes last, not lost");
    }

    @Property(tries = 200)
    void everyStatementIsRevealedByExactlyOneStep(@ForAll("maps") ArgumentMap map) {
        List<String> revealed = new ArrayList<>();
        PresentationSteps.of(map).forEach(step -> revealed.addAll(step.shows()));
        Set<String> statements = new HashSet<>(map.statements().stream().map(Statement::id).toList());
        assertEquals(statements.size(), revealed.size(), "no statement twice");
        assertEquals(statements, new HashSet<>(revealed), "none left out");
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.mapsWithPresentations();
    }
}
