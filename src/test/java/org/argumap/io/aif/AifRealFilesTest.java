package org.argumap.io.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * The two real AIF files of ../shared/testdata/aif, read with counts worked out by hand from the
 * files (see SOURCES.md there for where they come from).
 */
class AifRealFilesTest {

    /*
     * arguebuf-python_6064-original.json, a raw AIFdb nodeset with string ids: 52 nodes and 54 edges.
     *   9 I  -> 9 statements.
     *   5 RA -> 5 supports: each has exactly one I-node edge in and one edge out to an I-node; the
     *           other edge into each of the four RA nodes 111814, 111821, 111824, 111844 and into
     *           111803 comes from a YA "Arguing" node, which anchors the RA in the dialogue, not a premise.
     *   0 CA, MA, PA.
     *  16 L  -> 9 of them introduce one I-node each through a YA node (L -> YA -> I): they give the 9
     *           authors, "CL" for 7 and "NL" for 2 (111833, 111839). The other 7 ("M: CL : ...") have
     *           no edges at all and are reported.
     *  14 YA -> 9 anchor an I-node in an L-node (6 Asserting, 2 Popular Conceding, 1 Pure Questioning:
     *           the non-asserting ones are kept as data); 5 "Arguing" YA nodes run from TA to RA: reported.
     *   8 TA -> dialogue transitions between locutions: reported.
     */
    @Test
    void readsTheAifdbNodeset() throws Exception {
        ReadResult result = AifFiles.read(ThirdPartyFiles.require(AifFiles.AIFDB_NODESET));
        ArgumentMap map = result.map();

        assertEquals(9, map.statements().size());
        assertEquals(5, map.inferences().size());
        assertTrue(map.inferences().stream().allMatch(i -> i.type() == InferenceType.SUPPORT));
        assertTrue(map.inferences().stream().allMatch(i -> i.premises().size() == 1 && i.target() instanceof Statement));
        assertTrue(map.inferences().stream().allMatch(i -> i.content().scheme().isEmpty()),
                "\"RA\" and \"Default Inference\" name no scheme of their own");
        assertEquals(List.of("111803: 29053 -> 29054", "111814: 111809 -> 111805", "111821: 111809 -> 111816",
                "111824: 111816 -> 29053", "111844: 111833 -> 111839"), edges(map));
        // 29045 and 111829 stand alone; 29054, 111805 and 111839 are conclusions that support nothing.
        assertEquals(List.of("29045", "29054", "111805", "111829", "111839"), ids(map.mainClaims()));

        Map<String, Long> authors = map.statements().stream()
                .collect(Collectors.groupingBy(Statement::author, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("CL", 7L, "NL", 2L), authors);
        assertEquals("NL", map.statement("111833").author());
        assertEquals(Map.of("aif.illocution", "Pure Questioning"), map.statement("111829").content().data());
        assertEquals(Map.of("aif.illocution", "Popular Conceding"), map.statement("111816").content().data());
        assertEquals(Map.of(), map.statement("29045").content().data(), "asserting is the default, not kept");

        assertEquals(MapInfo.EMPTY, map.info(), "a bare nodeset says nothing about the map");
        assertTrue(map.nodes().stream().allMatch(n -> n.position() == null), "a bare nodeset has no layout");
        assertEquals(List.of(
                "line 55: 8 transition (TA) nodes left out ('111802', '111813', '111820', '111823', '111828', …):"
                        + " Argumap keeps the argument, not the course of the dialogue.",
                "line 67: 5 illocution (YA) nodes left out ('111804', '111815', '111822', '111825', '111845'): they anchor"
                        + " no I-node in a locution (such as \"Arguing\" on an RA node, or \"Analysing\" between locutions).",
                "line 95: 7 locution (L) nodes left out ('111808', '111812', '111819', '111827', '111832', …):"
                        + " they introduce no I-node through a YA node."), result.warnings());
    }

    /*
     * arguebuf-typescript_xaif.json, the OVA3/xAIF wrapper: 13 nodes and 14 edges (integer edge ids).
     *   2 I  -> 2 statements, "A" (2_…) and "B" (15_…).
     *   1 RA -> 1 support, B -> A (RA 21_…); its other incoming edge is from YA 22 "Arguing".
     *   4 L  -> L 3 "Participant Rachel: A" introduces A (via YA 6 Asserting), L 16 "Participant Rachel: B"
     *           introduces B (via YA 19): both statements by "Participant Rachel", as the locutions
     *           table (personID 1, once as a number and once as "1") and the participants table agree.
     *           L 5 and 18 ("Anon: Participant Rachel: …") are the analyst's, about L 3 and 16: reported.
     *   5 YA -> 6 and 19 anchor I-nodes; 4 and 17 "Analysing" (L -> YA -> L) and 22 "Arguing": reported.
     *   1 TA -> reported.
     * OVA places (numbers, and numbers as text such as "257") give positions to A, B and the RA.
     * The text "<span …>A</span> because <span …>B</span><br>" becomes the description "A because B";
     * OVA's firstname "Anon" and surname "User" the map's author.
     */
    @Test
    void readsTheOvaWrapper() throws Exception {
        ReadResult result = AifFiles.read(ThirdPartyFiles.require(AifFiles.OVA_XAIF));
        ArgumentMap map = result.map();

        assertEquals(List.of("2_164926129380455983", "15_164926162804546033"), ids(map.statements()));
        assertEquals(List.of("A", "B"), map.statements().stream().map(Statement::text).toList());
        assertEquals(List.of("21_164926162804546033: 15_164926162804546033 -> 2_164926129380455983"), edges(map));
        assertEquals(InferenceType.SUPPORT, map.inferences().get(0).type());
        assertEquals("", map.inferences().get(0).content().scheme(), "\"Default Inference\" is no scheme of its own");
        assertTrue(map.statements().stream().allMatch(s -> s.author().equals("Participant Rachel")));

        assertEquals(new Position(273, 140), map.node("2_164926129380455983").position());
        assertEquals(new Position(257, 275), map.node("15_164926162804546033").position(), "coordinates given as text");
        assertEquals(new Position(274.5, 218.5), map.node("21_164926162804546033").position(), "the RA node keeps its place");

        assertEquals(MapInfo.EMPTY.withDescription("A because B").withAuthors(List.of("Anon User")), map.info());
        assertEquals(List.of(
                "line 14: 3 illocution (YA) nodes left out ('4_164926129380455983', '17_164926162804546033',"
                        + " '22_164926162804546033'): they anchor no I-node in a locution (such as \"Arguing\" on an RA"
                        + " node, or \"Analysing\" between locutions).",
                "line 19: 2 locution (L) nodes left out ('5_164926129380455983', '18_164926162804546033'):"
                        + " they introduce no I-node through a YA node.",
                "line 54: 1 transition (TA) node left out ('20_164926162804546033'): Argumap keeps the argument,"
                        + " not the course of the dialogue."), result.warnings());
    }

    @Test
    void everyFileUnderTestdataImports() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(ThirdPartyFiles.require(AifFiles.TESTDATA))) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(List.of(AifFiles.AIFDB_NODESET, AifFiles.OVA_XAIF), files, "new files under testdata/aif need counts in this class");
        for (Path file : files) {
            assertFalse(AifFiles.read(file).map().isEmpty(), file.toString());
        }
    }

    @Test
    void warningsNameTheirLine() throws Exception {
        for (Path file : AifFiles.allFiles()) {
            for (String warning : AifFiles.read(file).warnings()) {
                assertTrue(warning.matches("line [1-9][0-9]*: .*"), warning);
            }
        }
    }

    static List<String> ids(List<? extends MapNode> nodes) {
        return nodes.stream().map(MapNode::id).toList();
    }

    /** "inference: premise, premise -> target" for each inference, in map order. */
    static List<String> edges(ArgumentMap map) {
        Function<Inference, String> describe = i -> i.id() + ": "
                + i.premises().stream().map(MapNode::id).collect(Collectors.joining(", ")) + " -> " + i.target().id();
        return map.inferences().stream().map(describe).toList();
    }
}
