package org.argumap.edit.clipboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.argumap.edit.SampleDebate;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;

class OutlineTextTest {

    @Test
    void writesTheDocumentedOutline() {
        ArgumentMap map = SampleDebate.build();
        map.updateStatement("s6", StatementContent.evidence("Study", "Schools can teach practice.", "https://example.org/s"));
        map.updateStatement("s3", StatementContent.claim("Practice needs\ntime   outside school."));
        assertEquals("""
                * Homework should be abolished.
                  + Homework widens inequality.
                    + Help at home makes homework pay.
                    & Not every pupil has help at home.
                    -! Inequality has other causes.
                  - Practice needs time outside school.
                    - Schools can teach practice. <https://example.org/s>
                """, OutlineTextWriter.write(FragmentExtractor.extract(map, List.of("s1"))));
        assertEquals("""
                + Homework widens inequality.
                  + Help at home makes homework pay.
                  & Not every pupil has help at home.
                  -! Inequality has other causes.
                """, OutlineTextWriter.write(FragmentExtractor.extract(map, List.of("s2"))),
                "a copied reason carries its mark, and the undercut of its link is under it");
    }

    @Test
    void readsWhatItWrote() {
        MapFragment original = FragmentExtractor.extract(SampleDebate.build(), List.of("s1", "s8"));
        String text = OutlineTextWriter.write(original);
        MapFragment read = OutlineTextParser.parse(text);
        assertEquals(text, OutlineTextWriter.write(read));
        assertEquals(original.statements().stream().map(s -> s.content().text()).sorted().toList(),
                read.statements().stream().map(s -> s.content().text()).sorted().toList(), "in outline order");
        assertEquals(List.of("s1", "s8").size(), read.roots().size());
        MapFragment.InferenceEntry undercut = read.inferences().stream()
                .filter(i -> read.inferences().stream().anyMatch(t -> t.id().equals(i.targetId()))).findFirst().orElseThrow();
        assertEquals(InferenceType.ATTACK, undercut.content().type());
    }

    @Test
    void readsMessyIndentedText() {
        String pasted = "Homework should go\r\n"
                + "\t1. It widens inequality\n"
                + "\t\t•   Help at home matters   \n"
                + "\n"
                + "\t2) Pupils are tired\n"
                + "        - But practice matters\n"
                + "           see https://example.org/practice\n"
                + "\t* Families lose time\n"
                + "  # Not a heading here\n";
        MapFragment fragment = OutlineTextParser.parse(pasted);
        assertEquals(List.of("Homework should go", "It widens inequality", "Help at home matters", "Pupils are tired",
                "But practice matters", "see", "Families lose time", "Not a heading here"),
                fragment.statements().stream().map(s -> s.content().text()).toList());
        assertEquals(1, fragment.roots().size(), "the heading-like line is indented under the first line");
        List<String> relations = new ArrayList<>();
        for (MapFragment.InferenceEntry i : fragment.inferences()) {
            relations.add(text(fragment, i.premiseIds().get(0)) + " " + i.content().type() + " " + text(fragment, i.targetId()));
        }
        assertEquals(List.of(
                "It widens inequality SUPPORT Homework should go",
                "Help at home matters SUPPORT It widens inequality",
                "Pupils are tired SUPPORT Homework should go",
                "But practice matters ATTACK Pupils are tired",
                "see SUPPORT But practice matters",
                "Families lose time SUPPORT Homework should go",
                "Not a heading here SUPPORT Homework should go"), relations);
        MapFragment.StatementEntry source = fragment.statements().get(5);
        assertEquals(StatementKind.EVIDENCE, source.content().kind());
        assertEquals("https://example.org/practice", source.content().url());
    }

    @Test
    void topLinesWithATypeMarkAttachAndCoPremisesJoin() {
        MapFragment fragment = OutlineTextParser.parse("- First\n& Second\n+ Third\n  -! Against the step\nFourth\n");
        assertEquals(2, fragment.attachments().size());
        assertEquals(List.of("s1", "s2"), fragment.attachments().get(0).premiseIds());
        assertEquals(InferenceType.ATTACK, fragment.attachments().get(0).content().type());
        assertEquals(fragment.attachments().get(1).id(), fragment.inferences().get(0).targetId());
        assertEquals(4, fragment.roots().size(), "Fourth hangs from nothing; the undercutter feeds a step");
    }

    @Test
    void blankTextAndEmptyMarksStillMakeStatements() {
        MapFragment fragment = OutlineTextParser.parse("\n\n  \n* \n  +\n");
        assertEquals(2, fragment.statements().size());
        assertTrue(fragment.statements().get(1).content().text().isEmpty());
        assertEquals(0, OutlineTextParser.parse(" \n\t\n").statements().size());
    }

    @Test
    void marksOfWhichClaimsStandAreNotPartOfTheText() {
        MapFragment fragment = OutlineTextParser.parse("""
                ## Cats are better — ✗ falls
                  + Cats purr — ✓ stands
                  - Cats scratch — ? undecided
                    + Sometimes — ✓ stands out
                """);
        assertEquals(List.of("Cats are better", "Cats purr", "Cats scratch", "Sometimes — ✓ stands out"),
                fragment.statements().stream().map(s -> s.content().text()).toList());
        assertEquals(List.of(InferenceType.SUPPORT, InferenceType.ATTACK, InferenceType.SUPPORT),
                fragment.inferences().stream().map(i -> i.content().type()).toList());
    }

    /** Trees of any shape written and read give the same outline again. */
    @Property(tries = 300)
    void writingWhatWasReadGivesTheSameText(@ForAll long seed) {
        Random random = new Random(seed);
        ArgumentMap map = new ArgumentMap();
        List<String> ids = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int n = 0; n < 1 + random.nextInt(25); n++) {
            String text = random.nextInt(8) == 0 ? "" : "Claim " + n + (random.nextBoolean() ? " - with + marks" : "");
            StatementContent content = random.nextInt(6) == 0
                    ? StatementContent.evidence("", text, "https://example.org/" + n) : StatementContent.claim(text);
            String id = map.addStatement(content).id();
            if (!ids.isEmpty() && random.nextInt(6) > 0) {
                InferenceType type = InferenceType.values()[random.nextInt(4)];
                boolean joins = random.nextInt(5) == 0 && !map.inferences().isEmpty();
                if (joins) {
                    String group = map.inferences().get(random.nextInt(map.inferences().size())).id();
                    map.addPremise(group, id, -1);
                } else {
                    String target = random.nextInt(6) == 0 && !steps.isEmpty() ? steps.get(random.nextInt(steps.size()))
                            : ids.get(random.nextInt(ids.size()));
                    steps.add(map.addInference(InferenceContent.of(type), List.of(id), target).id());
                }
            }
            ids.add(id);
        }
        String text = OutlineTextWriter.write(MapFragment.fromMap(map));
        assertEquals(text, OutlineTextWriter.write(OutlineTextParser.parse(text)));
        assertEquals(map.statements().size(), OutlineTextParser.parse(text).statements().size());
    }

    private static String text(MapFragment fragment, String id) {
        return fragment.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().content().text();
    }
}
