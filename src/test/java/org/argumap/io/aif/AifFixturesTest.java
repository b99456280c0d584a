package org.argumap.io.aif;

import static org.argumap.io.aif.AifRealFilesTest.edges;
import static org.argumap.io.aif.AifRealFilesTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.Position;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/** The AIF corners the real files do not show, each in a small file of src/test/resources/aif. */
class AifFixturesTest {

    @Test
    void integerIdsAndTextIdsAreTheSameIds() throws Exception {
        ReadResult result = AifFiles.read(AifFiles.FIXTURES.resolve("integer-ids.aif.json"));
        ArgumentMap map = result.map();
        assertEquals(List.of("1", "2", "4"), ids(map.statements()));
        assertEquals(List.of("3: 2 -> 1", "5: 4 -> 1"), edges(map));
        assertEquals(InferenceType.SUPPORT, map.inference("3").type());
        assertEquals(InferenceType.ATTACK, map.inference("5").type());
        assertEquals(List.of(), result.warnings());
    }

    /** CA on RA is an undercut; CA on that CA attacks the attack; listed before its target, it keeps its place. */
    @Test
    void attacksOnInferencesAndOnAttacks() throws Exception {
        ReadResult result = AifFiles.read(AifFiles.FIXTURES.resolve("undercuts.aif.json"));
        ArgumentMap map = result.map();
        assertEquals(5, map.statements().size());
        assertEquals(List.of("12: 11 -> 10", "16: 15 -> 14", "14: 13 -> 12", "18: 17 -> 11"), edges(map),
                "file order, although 16 needs 14 in the map first");
        assertTrue(map.inference("14").isUndercut(), "CA -> RA");
        assertTrue(map.inference("16").isUndercut(), "CA -> CA");
        assertEquals(InferenceType.ATTACK, map.inference("18").type());
        assertEquals(Role.UNDERCUTTER, map.roleOf(map.statement("13")));
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("17")));
        assertEquals("Argument From Expert Opinion", map.inference("12").content().scheme());
        assertEquals("Conflict From Bias", map.inference("18").content().scheme());
        assertEquals("", map.inference("14").content().scheme(), "Default Conflict is no scheme of its own");
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void rephrasesAreKeptAndPreferencesReported() throws Exception {
        ReadResult result = AifFiles.read(AifFiles.FIXTURES.resolve("rephrase-and-preference.aif.json"));
        ArgumentMap map = result.map();
        assertEquals(4, map.statements().size());
        assertEquals(List.of("m: b -> a", "r: c -> a", "x: d -> a"), edges(map));
        assertEquals(List.of(InferenceType.REPHRASE, InferenceType.SUPPORT, InferenceType.ATTACK),
                map.inferences().stream().map(i -> i.type()).toList());
        assertEquals(List.of("line 10: preference node 'p' left out: Argumap has no preferences between arguments"
                + " (here 'r' over 'x')."), result.warnings());
    }

    @Test
    void emptyNodesetsAreEmptyMaps() throws Exception {
        for (String name : List.of("empty-nodeset.aif.json", "empty-xaif.aif.json")) {
            ReadResult result = AifFiles.read(AifFiles.FIXTURES.resolve(name));
            assertTrue(result.map().isEmpty(), name);
            assertEquals(List.of(), result.warnings(), name);
        }
        assertTrue(AifFiles.read("{\"nodes\": []}").map().isEmpty(), "edges may be missing");
        assertTrue(AifFiles.read("{\"AIF\": {}}").map().isEmpty(), "an OVA file with an empty analysis");
    }

    /** "Speaker : text" (AIFdb), "Speaker: text" (OVA), "X says '…'", and the locutions table. */
    @Test
    void authorsComeFromTheLocutions() throws Exception {
        ReadResult result = AifFiles.read(AifFiles.FIXTURES.resolve("speakers.aif.json"));
        ArgumentMap map = result.map();
        assertEquals(List.of("Alice", "Bob", "Carol", "Dan Smith", "Eve", "Frank", "Gina"),
                map.statements().stream().map(Statement::author).toList());
        assertEquals(Map.of("aif.illocution", "Pure Questioning"), map.statement("i5").content().data(),
                "a YA without text is named by its scheme");
        assertEquals("Note: pets cost money.", map.statement("i6").text(), "the statement keeps its own colon");
        assertEquals(List.of("r1: i2 -> i1"), edges(map));
        assertEquals(new Position(100, 12.5), map.node("i1").position());
        assertEquals(new Position(100.5, 80), map.node("r1").position());
        assertEquals(new MapInfo("", "Alice: cats sleep most of the day\nBob & Carol", "https://example.org/pets",
                List.of("Olga Analyst"), null, null), map.info());
        assertEquals(List.of(
                "line 10: 1 transition (TA) node left out ('t1'): Argumap keeps the argument, not the course of the dialogue.",
                "line 24: I-node 'i7' is put forward by 2 speakers (Gina, Hal); its author is the first.",
                "line 68: the OVA layout places 'gone', which is not a node of this file; ignored.",
                "line 69: the OVA place of 'i2' needs two numbers, x and y; ignored."), result.warnings());
    }

    @Test
    void speakersAreFoundInTheUsualForms() {
        assertEquals("CL", Speakers.speakerIn("CL : But my point is this"));
        assertEquals("Participant Rachel", Speakers.speakerIn("Participant Rachel: A"));
        assertEquals("Anon", Speakers.speakerIn("Anon: Participant Rachel: A"), "the analyst's locution about a locution");
        assertEquals("Bob", Speakers.speakerIn("Bob says 'no: never'"), "says comes before the colon");
        assertEquals("Bob", Speakers.speakerIn("Bob says: \"yes\""));
        assertEquals("Nobody", Speakers.speakerIn("Nobody: says 'x'"));
        assertEquals("", Speakers.speakerIn("Nobody says the obvious"), "no quotation follows");
        assertEquals("", Speakers.speakerIn("no speaker here"));
        assertEquals("", Speakers.speakerIn(": starts with a colon"));
        assertEquals("", Speakers.speakerIn("x".repeat(300) + ": too long for a name"));
    }

    /** What cannot be one inference is split or left out, always with a warning naming the node and its line. */
    @Test
    void oddStructuresAreRepresentedAsBestTheyCan() throws Exception {
        ReadResult result = AifFiles.read(AifFiles.FIXTURES.resolve("odd-structures.aif.json"));
        ArgumentMap map = result.map();
        assertEquals(List.of("a", "b", "c", "d", "e"), ids(map.statements()));
        assertEquals(List.of("two: b -> a", "two-2: b -> c"), edges(map));
        assertEquals(List.of(
                "line 8: node 'a' is listed again (first at line 3); the repetition is ignored.",
                "line 9: RA node 'two' has 2 conclusions ('a', 'c'); an Argumap inference has one target, so it became"
                        + " 2 inferences ('two', 'two-2').",
                "line 10: RA node 'none' left out: it has no conclusion (no edge leads from it to an I-node or to an RA,"
                        + " CA or MA node).",
                "line 11: RA node 'empty' left out: it has no premises (no edge leads into it from an I-node).",
                "line 12: CA node 'x1' left out: it is part of a loop of scheme nodes that target each other"
                        + " ('x1' → 'x2' → 'x1').",
                "line 13: CA node 'x2' left out: it is part of a loop of scheme nodes that target each other"
                        + " ('x1' → 'x2' → 'x1').",
                "line 14: RA node 'self' left out: 'a' is both its premise and its conclusion, and a statement cannot"
                        + " support or attack itself.",
                "line 15: CA node 'x3' left out: its target 'none' is not in the map (it was left out).",
                "line 16: 1 node of the unknown type \"XYZ\" left out ('q').",
                "line 24: the edge from I-node 'd' straight to I-node 'e' says neither support nor attack (no RA or CA"
                        + " node between them); ignored."), result.warnings());
    }

    @Test
    void argumapFieldsThatCannotBeReadAreReported() throws Exception {
        ReadResult result = AifFiles.read("""
                {"nodes": [
                  {"nodeID": "s1", "text": "T", "type": "I", "argumap": {"kind": "opinion", "tags": [1], "title": "ok"}},
                  {"nodeID": "s2", "text": "U", "type": "I", "argumap": "not an object"}
                ], "argumap": {"created": "yesterday"}}
                """);
        assertEquals("ok", result.map().statement("s1").title());
        assertEquals(List.of(
                "line 2: the argumap field 'kind' of node 's1' should be one of [claim, evidence]; ignored.",
                "line 2: the argumap field 'tags' of node 's1' should be a list of texts; ignored.",
                "line 3: 'argumap' of node 's2' should be an object; ignored.",
                "line 4: the argumap field 'created' of the file should be a date and time such as 2026-11-24T09:30:00Z;"
                        + " ignored."), result.warnings());
    }

    @Test
    void judgementsTravelInTheArgumapFieldAndBadOnesAreReported() throws Exception {
        ReadResult result = AifFiles.read("""
                {"nodes": [
                  {"nodeID": "s1", "text": "T", "type": "I", "argumap": {"verdict": "accepted", "rating": 80}},
                  {"nodeID": "s2", "text": "U", "type": "I", "argumap": {"verdict": "maybe", "rating": 101}},
                  {"nodeID": "i1", "text": "Default Inference", "type": "RA", "argumap": {"strength": "high"}}
                ], "edges": [
                  {"edgeID": "e1", "fromID": "s2", "toID": "i1"},
                  {"edgeID": "e2", "fromID": "i1", "toID": "s1"}
                ]}
                """);
        StatementContent s1 = result.map().statement("s1").content();
        assertEquals(Verdict.ACCEPTED, s1.verdict());
        assertEquals(80, s1.rating());
        assertEquals(Verdict.OPEN, result.map().statement("s2").content().verdict());
        assertEquals(StatementContent.UNRATED, result.map().statement("s2").content().rating());
        assertEquals(InferenceContent.UNRATED, result.map().inference("i1").content().strength());
        assertEquals(List.of(
                "line 3: the argumap field 'verdict' of node 's2' should be one of [accepted, rejected, open]; ignored.",
                "line 3: the argumap field 'rating' of node 's2' should be a whole percentage from 0 to 100; ignored.",
                "line 4: the argumap field 'strength' of node 'i1' should be a whole percentage from 0 to 100; ignored."),
                result.warnings());
    }
}
