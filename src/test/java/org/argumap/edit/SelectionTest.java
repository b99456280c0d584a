package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private final Selection selection = new Selection();
    private final List<List<String>> heard = new ArrayList<>();

    @BeforeEach
    void listen() {
        selection.addListener(s -> heard.add(List.copyOf(s.ids())));
    }

    @Test
    void startsEmpty() {
        assertTrue(selection.isEmpty());
        assertEquals(Optional.empty(), selection.primary());
    }

    @Test
    void selectReplacesAndMakesThePrimary() {
        selection.select("a");
        selection.select("b");
        assertEquals(List.of("b"), List.copyOf(selection.ids()));
        assertEquals(Optional.of("b"), selection.primary());
        assertEquals(List.of(List.of("a"), List.of("b")), heard);
    }

    @Test
    void toggleAddsInOrderAndRemoves() {
        selection.select("a");
        selection.toggle("b");
        selection.toggle("c");
        assertEquals(List.of("a", "b", "c"), List.copyOf(selection.ids()));
        assertEquals(Optional.of("c"), selection.primary());

        selection.toggle("c");
        assertEquals(List.of("a", "b"), List.copyOf(selection.ids()));
        assertEquals(Optional.of("b"), selection.primary(), "the primary passes to the one selected last");
        selection.toggle("a");
        assertEquals(Optional.of("b"), selection.primary(), "removing another keeps the primary");
    }

    @Test
    void selectOnlyKeepsThePrimaryWhenItStays() {
        selection.select("b");
        selection.selectOnly(List.of("a", "b", "c", "a"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(selection.ids()), "in order, without duplicates");
        assertEquals(Optional.of("b"), selection.primary());
        selection.selectOnly(List.of("x", "y"));
        assertEquals(Optional.of("x"), selection.primary());
    }

    @Test
    void addMakesTheLastAddedPrimaryAndIgnoresWhatIsThere() {
        selection.selectOnly(List.of("a", "b"));
        heard.clear();
        selection.add(List.of("b", "a"));
        assertTrue(heard.isEmpty(), "nothing new, nothing heard");
        selection.add(List.of("c", "d"));
        assertEquals(Optional.of("d"), selection.primary());
        assertEquals(1, heard.size());
    }

    @Test
    void listenersHearOnlyChanges() {
        selection.select("a");
        selection.select("a");
        selection.clear();
        selection.clear();
        selection.remove(Set.of("zz"));
        assertEquals(List.of(List.of("a"), List.of()), heard);
    }

    @Test
    void removeIfForgetsLeftNodesAndMovesThePrimary() {
        selection.selectOnly(List.of("a", "b", "c"));
        selection.toggle("b");
        selection.toggle("b");
        assertEquals(Optional.of("b"), selection.primary());
        selection.removeIf(id -> id.equals("b") || id.equals("c"));
        assertEquals(List.of("a"), List.copyOf(selection.ids()));
        assertEquals(Optional.of("a"), selection.primary());
        assertFalse(selection.contains("b"));
    }

    @Test
    void theIdsViewIsReadOnly() {
        selection.select("a");
        assertThrows(UnsupportedOperationException.class, () -> selection.ids().add("b"));
    }
}
