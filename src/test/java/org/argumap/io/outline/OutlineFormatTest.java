package org.argumap.io.outline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.argumap.ThirdPartyFiles;
import org.argumap.analysis.MapStatistics;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.thread.RedditThreadFormat;
import org.argumap.io.thread.ThreadImportOptions;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/** The Markdown outline, on the bundled demo map and on maps made to test its corners. */
class OutlineFormatTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");

    @Test
    void theDemoMapHasItsMainClaimObjectionAndUndercutInPlace() throws Exception {
        ArgumentMap map = new ArgumapJsonFormat().read(DEMO).map();
        String outline = OutlineFormat.write(map);
        List<String> lines = outline.lines().toList();

        assertEquals("# APT31 and the China–Russia partnership", lines.get(0));
        int heading = lines.indexOf("## Conditional, asymmetric, less durable");
        assertTrue(heading > 0, outline);
        assertTrue(lines.get(heading + 2).startsWith("The China–Russia partnership is conditional, asymmetric and less durable"));

        int reason = indexOf(lines, "- **+** **Stark asymmetry:**");
        int objection = indexOf(lines, "  - **–** **Allies spy too:** How is this different from US spying on the EU? *(Reply 1)*");
        assertEquals(reason, parentOf(lines, objection), "the objection sits under the reason it attacks");
        int rebuttal = indexOf(lines, "    - **–** **The difference is the silence:**");
        assertEquals(objection, parentOf(lines, rebuttal), "the rebuttal sits under the objection");

        int step = indexOf(lines, "- **+** *Energy dispute:* **Cracks in the alliance:**");
        int undercut = indexOf(lines, "  - **– against the step:** **Nothing new:** In other news, water is wet. *(Reply 4)*");
        assertEquals(step, parentOf(lines, undercut), "the undercut sits under the step it disputes");

        int together = indexOf(lines, "  - **+** *Probing and silence* (together): Only together:");
        assertEquals(reason, parentOf(lines, together));
        assertEquals(together, parentOf(lines, indexOf(lines, "    - **Years of access:**")));
        assertEquals(together, parentOf(lines, indexOf(lines, "    - **Moscow’s silence:**")));

        assertTrue(outline.contains("\n- **=** **Uneven and renegotiated:**"), "the rephrase");
        assertTrue(outline.contains("\n- **↩ Reply:** **Division and hate:**"), "the unclassified reply");
        assertTrue(outline.contains("[German Parliamentary Committee investigation of the NSA spying scandal]"
                + "(https://en.wikipedia.org/wiki/German_Parliamentary_Committee_investigation_of_the_NSA_spying_scandal)"),
                "evidence as a link");
        assertEquals(1, count(outline, "*Source:* German Parliamentary Committee investigation of the NSA spying scandal *(see above)*"),
                "evidence used twice is written in full once");
        for (Statement statement : map.statements()) {
            assertTrue(outline.contains(statement.title()), statement.title());
        }
    }

    @Test
    void theHeadCountsWhatCheckCounts() throws Exception {
        ArgumentMap map = new ArgumapJsonFormat().read(DEMO).map();
        MapStatistics s = MapStatistics.of(map);
        String expected = "**At a glance:** " + s.mainClaims() + " main claim · " + s.statements() + " statements ("
                + s.claims() + " claims, " + s.evidence() + " evidence) by " + s.authors() + " authors · " + s.inferences()
                + " inferences: " + s.supports() + " supports, " + s.attacks() + " attacks (" + s.undercuts() + " undercut), "
                + s.rephrases() + " rephrase, " + s.replies() + " reply; " + s.linked() + " with linked premises.";
        assertTrue(OutlineFormat.write(map).contains("\n" + expected + "\n"), OutlineFormat.write(map));
    }

    @Test
    void writingIsDeterministic() throws Exception {
        ArgumentMap map = new ArgumapJsonFormat().read(DEMO).map();
        byte[] once = OutlineFormat.WRITER.write(map);
        assertArrayEquals(once, OutlineFormat.WRITER.write(new ArgumapJsonFormat().read(DEMO).map()));
        assertArrayEquals(OutlineFormat.write(map).getBytes(StandardCharsets.UTF_8), once);
        assertTrue(!new String(once, StandardCharsets.UTF_8).contains("\r"));
        assertEquals("outline", OutlineFormat.WRITER.name());
        assertEquals("Markdown outline", OutlineFormat.WRITER.label());
        assertEquals(List.of(".md", ".outline.md"), OutlineFormat.WRITER.extensions());
    }

    @Test
    void circlesEndWithSeeAbove() {
        ArgumentMap map = new ArgumentMap();
        Statement main = map.addStatement(StatementContent.claim("Main"));
        Statement a = map.addStatement(StatementContent.claim("A"));
        Statement b = map.addStatement(StatementContent.claim("B"));
        Statement c = map.addStatement(StatementContent.claim("C"));
        Statement d = map.addStatement(StatementContent.claim("D"));
        support(map, a, main);
        support(map, b, a);
        support(map, a, b);
        support(map, c, d); // C and D support each other, apart from the main claim
        support(map, d, c);
        String outline = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> OutlineFormat.write(map));
        assertTrue(outline.contains("## Main\n\n- **+** A\n  - **+** B\n    - **+** A *(see above)*\n"), outline);
        assertTrue(outline.contains("## Not under a main claim\n\n- C\n  - **+** D\n    - **+** C *(see above)*\n"), outline);
    }

    @Test
    void aVeryLongChainNeitherOverflowsNorNestsWithoutEnd() {
        ArgumentMap map = new ArgumentMap();
        Statement previous = map.addStatement(StatementContent.claim("Post"));
        for (int i = 0; i < 20_000; i++) {
            Statement reply = map.addStatement(StatementContent.claim("Reply " + i));
            map.addInference(InferenceContent.of(InferenceType.REPLY), List.of(reply.id()), previous.id());
            previous = reply;
        }
        String outline = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> OutlineFormat.write(map));
        assertTrue(outline.contains("Reply 19999"));
        int widest = outline.lines().mapToInt(l -> l.length() - l.stripLeading().length()).max().orElseThrow();
        assertEquals(2 * OutlineTree.MAX_LEVEL, widest);
    }

    @Test
    void textOfSeveralLinesStaysInsideItsBullet() {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle("T").withSourceUrl("https://example.org/t"));
        Statement main = map.addStatement(StatementContent.claim("Main"));
        Statement reply = map.addStatement(StatementContent.claim("First paragraph,\r\nsame paragraph.\n\nSecond paragraph.\n")
                .withAuthor("ann"));
        map.addInference(InferenceContent.of(InferenceType.REPLY), List.of(reply.id()), main.id());
        Statement source = map.addStatement(StatementContent.evidence("A (report) [2024]", "", "https://example.org/a b(1)")
                .withQuote("It says so."));
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(source.id()), reply.id());
        map.addInference(new InferenceContent(InferenceType.ATTACK, null, "Beside the point", "The reply answers another question.",
                "", "", Map.of()), List.of(), main.id());
        String outline = OutlineFormat.write(map);
        assertTrue(outline.contains("Source: <https://example.org/t>"), outline);
        assertTrue(outline.contains("- **↩ Reply:** First paragraph,\n  same paragraph.\n\n  Second paragraph. *(ann)*\n"
                + "  - **+** *Source:* [A (report) \\[2024\\]](https://example.org/a%20b%281%29): “It says so.”\n"), outline);
        assertTrue(outline.contains("- **–** *Beside the point*: The reply answers another question.\n"), outline);
    }

    @Test
    void eachStatementSaysWhetherItStandsWhenAnAnalysisTells() throws Exception {
        ArgumentMap map = new ArgumentMap();
        Statement claim = map.addStatement(StatementContent.claim("Cats are better"));
        Statement reason = map.addStatement(StatementContent.claim("Cats purr").withAuthor("Ann"));
        Statement objection = map.addStatement(StatementContent.claim("Cats scratch"));
        Statement loose = map.addStatement(StatementContent.claim("Hamsters exist"));
        support(map, reason, claim);
        map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of(objection.id()), claim.id());
        support(map, reason, objection);
        Map<Statement, String> words = Map.of(claim, "falls", reason, "stands", objection, "undecided", loose, "");
        String outline = new String(OutlineFormat.writer(words::get).write(map), StandardCharsets.UTF_8);

        assertTrue(outline.contains("\n**Which claims stand:** 1 of 4 statements stands, 1 falls, 1 undecided.\n"), outline);
        assertTrue(outline.contains("\n## Cats are better — ✗ falls\n"), outline);
        assertTrue(outline.contains("\n- **+** Cats purr *(Ann)* — ✓ stands\n"), outline);
        assertTrue(outline.contains("\n- **–** Cats scratch — ? undecided\n"), outline);
        assertTrue(outline.contains("\n  - **+** Cats purr *(see above)*\n"), "marked once, where written in full: " + outline);
        assertTrue(outline.contains("\n## Hamsters exist\n"), "no word, no mark: " + outline);

        String plain = OutlineFormat.write(map);
        assertFalse(plain.contains("Which claims stand") || plain.contains(" — ✓") || plain.contains("falls"), plain);
        assertEquals(plain, new String(OutlineFormat.WRITER.write(map), StandardCharsets.UTF_8));
    }

    @Test
    void aThreadImportReadsAsOneReplyBulletPerComment() throws Exception {
        Path thread = ThirdPartyFiles.testdata(
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
        ArgumentMap map = RedditThreadFormat.read(thread, ThreadImportOptions.DEFAULTS).map();
        String outline = OutlineFormat.write(map);
        assertEquals(map.inferences().size(), outline.lines().filter(l -> l.stripLeading().startsWith("- **↩ Reply:**")).count());
        assertTrue(outline.startsWith("# " + map.info().title() + "\n"));
    }

    private static void support(ArgumentMap map, Statement premise, Statement target) {
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(premise.id()), target.id());
    }

    private static int indexOf(List<String> lines, String start) {
        List<Integer> found = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(start))
                .boxed().toList();
        assertEquals(1, found.size(), () -> "lines starting with " + start + ": " + found + "\n" + String.join("\n", lines));
        return found.get(0);
    }

    /** The bullet this one is nested in: the nearest line above it that is indented less. */
    private static int parentOf(List<String> lines, int index) {
        int indent = indent(lines.get(index));
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && indent(lines.get(i)) < indent) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
