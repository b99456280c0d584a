package org.argumap.edit.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.edit.SampleDebate;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

class FragmentMapsTest {

    @Test
    void theAttachmentsHangFromAPasteTargetInTheMap() {
        MapFragment fragment = FragmentExtractor.extract(SampleDebate.build(), List.of("s3", "s2"));
        ArgumentMap map = fragment.toMap();
        Statement target = map.statement(FragmentMaps.PASTE_TARGET_ID);
        assertEquals(List.of("i1", "i2"), map.inferencesInto(target).stream().map(MapNode::id).toList());
        assertEquals(InferenceType.ATTACK, map.inference("i2").type());
        assertEquals(map.inference("i1"), map.inference("i5").target(), "the undercut of the link comes along");

        MapFragment back = MapFragment.fromMap(map);
        assertEquals(fragment.statements(), back.statements());
        assertEquals(fragment.inferences(), back.inferences());
        assertEquals(List.of("i1", "i2"), back.attachments().stream().map(MapFragment.Attachment::id).toList());
        assertNull(back.attachments().get(0).sourceTargetId(), "the source map's ids mean nothing elsewhere");
    }

    @Test
    void anyMapIsAFragmentOfItsMainClaims() {
        MapFragment fragment = MapFragment.fromMap(SampleDebate.build());
        assertEquals(List.of("s1", "s8"), fragment.roots().stream().map(MapFragment.StatementEntry::id).toList());
        assertEquals(List.of(), fragment.attachments());
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    /** Whatever is copied from a map survives the trip through a map of its own. */
    @Property(tries = 200)
    void aFragmentGoesThroughAMapAndBack(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Statement> statements = map.statements();
        List<String> selection = statements.isEmpty() ? List.of()
                : List.of(statements.get(random.nextInt(statements.size())).id(),
                statements.get(random.nextInt(statements.size())).id());
        MapFragment fragment = FragmentExtractor.extract(map, selection);
        MapFragment back = MapFragment.fromMap(fragment.toMap());
        assertEquals(fragment.statements(), back.statements());
        assertEquals(fragment.inferences(), back.inferences());
        assertEquals(fragment.attachments().stream().map(a -> List.of(a.id(), a.content(), a.premiseIds())).toList(),
                back.attachments().stream().map(a -> List.of(a.id(), a.content(), a.premiseIds())).toList());
    }
}
