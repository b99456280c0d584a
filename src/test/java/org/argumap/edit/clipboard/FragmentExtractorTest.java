package org.argumap.edit.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.argumap.edit.SampleDebate;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class FragmentExtractorTest {
    private final ArgumentMap map = SampleDebate.build();

    @Test
    void aStatementComesWithItsBranchItsLinkAndTheUndercutsOfThatLink() {
        MapFragment fragment = FragmentExtractor.extract(map, List.of("s2"));
        assertEquals(List.of("s2", "s4", "s5", "s7"), statementIds(fragment), "ids are kept");
        assertEquals(List.of("i3", "i5"), fragment.inferences().stream().map(MapFragment.InferenceEntry::id).toList());
        assertEquals("i1", fragment.inferences().get(1).targetId(), "the undercut targets the attachment");
        MapFragment.Attachment link = fragment.attachments().get(0);
        assertEquals("i1", link.id());
        assertEquals(List.of("s2"), link.premiseIds());
        assertEquals("s1", link.sourceTargetId());
        assertEquals(InferenceType.SUPPORT, link.content().type());
        assertEquals(List.of("s2"), fragment.roots().stream().map(MapFragment.StatementEntry::id).toList());
    }

    @Test
    void positionsAreRelativeToTheTopLeftPlacedBox() {
        map.moveTo("s2", new Position(100, 50));
        map.moveTo("s4", new Position(80, 200));
        MapFragment fragment = FragmentExtractor.extract(map, List.of("s2"));
        assertEquals(new Position(80, 50), fragment.sourceOrigin());
        assertEquals(new Position(20, 0), fragment.statements().get(0).position());
        assertEquals(new Position(0, 150), fragment.statements().get(1).position());
        assertNull(fragment.statements().get(2).position());
    }

    @Test
    void aMainClaimHasNoAttachmentAndASelectedInferenceStandsForItsPremises() {
        MapFragment whole = FragmentExtractor.extract(map, List.of("s1"));
        assertEquals(7, whole.statements().size());
        assertEquals(List.of(), whole.attachments());

        MapFragment group = FragmentExtractor.extract(map, List.of("i3"));
        assertEquals(List.of("s4", "s5"), statementIds(group));
        assertEquals(List.of("s4", "s5"), group.attachments().get(0).premiseIds(), "one linked attachment");
    }

    @Test
    void aCircleIsCopiedOnce() {
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("s1"), "s6");
        MapFragment fragment = FragmentExtractor.extract(map, List.of("s3"));
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7"), statementIds(fragment));
    }

    @Test
    void aFragmentMustBeComplete() {
        MapFragment.StatementEntry a = new MapFragment.StatementEntry("a", StatementContent.claim("a"), null);
        MapFragment.InferenceEntry dangling = new MapFragment.InferenceEntry("i", InferenceContent.of(InferenceType.SUPPORT),
                List.of("a"), "elsewhere", null);
        assertThrows(IllegalArgumentException.class, () -> new MapFragment(List.of(a), List.of(dangling), List.of(), null));
    }

    static List<String> statementIds(MapFragment fragment) {
        return fragment.statements().stream().map(MapFragment.StatementEntry::id).toList();
    }
}
