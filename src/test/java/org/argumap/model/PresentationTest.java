package org.argumap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saved presentation order: its own rules, its edits, and what happens to it when statements go. */
class PresentationTest {
    private ArgumentMap map;
    private final List<MapEvent> events = new ArrayList<>();

    @BeforeEach
    void debate() {
        map = new ArgumentMap();
        map.addStatement("thesis", StatementContent.claim("Homework should be abolished."));
        map.addStatement("reason", StatementContent.claim("Homework widens inequality."));
        map.addStatement("objection", StatementContent.claim("Practice at home improves results."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "thesis");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "thesis");
        map.addListener(events::add);
    }

    private static Presentation.Step step(String notes, String... ids) {
        return new Presentation.Step(List.of(ids), notes);
    }

    @Test
    void aStatementIsRevealedOnceAndEveryStepRevealsSomething() {
        assertThrows(IllegalArgumentException.class, () -> new Presentation(List.of(step("", "a"), step("", "b", "a"))));
        assertThrows(IllegalArgumentException.class, () -> step("only words"));
        assertEquals(List.of("a", "b"), step(null, "a", "b", "a", " ").shows(), "repeats and blanks within a step go");
        assertEquals("", step(null, "a").notes());
    }

    @Test
    void settingItFiresOneEventAndChecksTheIds() {
        Presentation order = new Presentation(List.of(step("Start here.", "thesis"), step("", "objection", "reason")));
        map.setPresentation(order);
        map.setPresentation(order); // no change, no event
        assertEquals(List.of(new MapEvent.PresentationChanged(Presentation.NONE, order)), events);
        MapInvariantException unknown = assertThrows(MapInvariantException.class,
                () -> map.setPresentation(new Presentation(List.of(step("", "gone")))));
        assertEquals("A presentation step reveals 'gone', which is not in the map.", unknown.getMessage());
        MapInvariantException inference = assertThrows(MapInvariantException.class,
                () -> map.setPresentation(new Presentation(List.of(step("", "i1")))));
        assertEquals("A presentation step reveals 'i1', which is an inference, not a statement.", inference.getMessage());
        assertSame(order, map.presentation(), "a refused presentation leaves the old one");
    }

    @Test
    void deletedStatementsLeaveTheirStepsAndRestoreBringsThemBack() {
        Presentation order = new Presentation(List.of(step("Start.", "thesis"), step("Why?", "reason"),
                step("But…", "objection")));
        map.setPresentation(order);
        events.clear();
        Removal removal = map.remove(List.of("reason"));
        assertEquals(new Presentation(List.of(step("Start.", "thesis"), step("But…", "objection"))), map.presentation(),
                "the step left with nothing goes, notes and all");
        assertEquals(order, removal.presentationBefore());
        assertEquals(new MapEvent.PresentationChanged(order, map.presentation()), events.get(events.size() - 1));

        map.restore(removal);
        assertEquals(order, map.presentation());
        assertEquals(new MapEvent.PresentationChanged(
                new Presentation(List.of(step("Start.", "thesis"), step("But…", "objection"))), order),
                events.get(events.size() - 1));
    }

    @Test
    void aRemovalOfWhatNoStepNamesLeavesThePresentationAlone() {
        map.setPresentation(new Presentation(List.of(step("", "thesis"))));
        events.clear();
        Removal removal = map.remove(List.of("objection"));
        assertNull(removal.presentationBefore());
        assertEquals(0, events.stream().filter(MapEvent.PresentationChanged.class::isInstance).count());
    }

    @Test
    void aNewStepTakesItsStatementsFromTheStepsThatHadThem() {
        Presentation order = new Presentation(List.of(step("a", "thesis"), step("b", "reason", "objection")));
        assertEquals(new Presentation(List.of(step("new", "objection"), step("a", "thesis"), step("b", "reason"))),
                order.withNewStep(0, List.of("objection"), "new"));
        assertEquals(new Presentation(List.of(step("a", "thesis"), step("new", "reason", "objection"))),
                order.withNewStep(2, List.of("reason", "objection"), "new"), "a step left empty goes");
        assertEquals(new Presentation(List.of(step("new", "thesis", "reason", "objection"))),
                order.withNewStep(1, List.of("thesis", "reason", "objection"), "new"),
                "the place counts the steps before it that remain");
    }

    @Test
    void stepsMoveGoAndTakeNotes() {
        Presentation order = new Presentation(List.of(step("a", "thesis"), step("b", "reason"), step("c", "objection")));
        assertEquals(List.of("c", "a", "b"), notes(order.withStepMoved(2, 0)));
        assertEquals(List.of("b", "a", "c"), notes(order.withStepMoved(0, 1)));
        assertEquals(List.of("a", "c"), notes(order.withoutStep(1)));
        assertEquals(List.of("a", "Say why.", "c"), notes(order.withNotes(1, "Say why.")));
        assertSame(order, order.without(List.of("nothing named")));
    }

    private static List<String> notes(Presentation presentation) {
        return presentation.steps().stream().map(Presentation.Step::notes).toList();
    }
}
