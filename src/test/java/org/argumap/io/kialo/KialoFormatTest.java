package org.argumap.io.kialo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Both Kialo export formats, read from fixtures written after real exports (see formats/kialo.md). */
class KialoFormatTest {
    static final Path FOLDER = Path.of("src/test/resources/kialo");

    @Test
    void readsTheOlderFormatOneLineEach() throws Exception {
        ReadResult result = KialoFormat.read(FOLDER.resolve("homework-old.kialo.txt"));
        ArgumentMap map = result.map();
        assertEquals("Should schools abolish homework?", map.info().title());
        assertEquals(10, map.statements().size());
        assertEquals(10, count(map, StatementKind.CLAIM));
        assertEquals(11, map.inferences().size());
        assertEquals(5, count(map, InferenceType.SUPPORT));
        assertEquals(6, count(map, InferenceType.ATTACK));
        assertEquals(List.of("Schools should abolish homework."), map.mainClaims().stream().map(Statement::text).toList());

        Statement widens = statement(map, "Homework widens inequality");
        assertEquals("1.1.", widens.content().data().get("kialo"));
        assertEquals(InferenceType.SUPPORT, only(map, widens, map.mainClaims().get(0)).type());
        Statement clubs = statement(map, "Schools can run supervised homework clubs");
        assertTrue(clubs.text().contains(" (as many Finnish schools do), "), "Kialo's escapes are undone: " + clubs.text());
        Statement spacing = statement(map, "Practice spread over several days");
        assertTrue(spacing.text().endsWith("(the *spacing effect*)."), "the Markdown stays as written: " + spacing.text());
        assertEquals("markdown", spacing.content().data().get("markup"), "Kialo's texts are Markdown");
        assertEquals(InferenceType.ATTACK, only(map, clubs, widens).type());
    }

    @Test
    void aSeeLinkReusesTheExistingClaim() throws Exception {
        ArgumentMap map = KialoFormat.read(FOLDER.resolve("homework-old.kialo.txt")).map();
        Statement oecd = statement(map, "The [OECD](https://www.oecd.org/pisa/) reports");
        // 1.3.1. is written once and linked from 1.1.2. (a forward link): one statement, two inferences.
        assertEquals(2, map.inferencesFrom(oecd).size());
        assertEquals(List.of(statement(map, "Homework widens inequality"), statement(map, "Homework eats into sleep")),
                map.inferencesFrom(oecd).stream().map(Inference::target).toList());
        Inference link = only(map, oecd, statement(map, "Homework widens inequality"));
        assertEquals(Map.of("kialo", "1.1.2."), link.content().data());
        // 1.2.2. Con: -> See 1.1. — the reason 1.1 also attacks 1.2.
        Statement pace = statement(map, "Homework lets pupils practise");
        assertEquals(InferenceType.ATTACK, only(map, statement(map, "Homework widens inequality"), pace).type());
        assertTrue(map.statements().stream().noneMatch(s -> s.text().contains("-> See 1.")));
    }

    @Test
    void aSeeLinkToNoClaimStaysAsTextWithAWarning() throws Exception {
        ReadResult result = KialoFormat.read(FOLDER.resolve("homework-old.kialo.txt"));
        Statement broken = statement(result.map(), "-> See 9.9.");
        assertEquals(InferenceType.ATTACK, only(result.map(), broken, statement(result.map(), "Homework shows parents")).type());
        assertEquals(List.of("line 14: \"-> See 9.9.\" names no claim of this export; kept as text"), result.warnings());
    }

    @Test
    void crlfAndLoneCrAndAByteOrderMarkReadLikeLf() throws Exception {
        byte[] lf = Files.readAllBytes(FOLDER.resolve("car-free-new.kialo.txt"));
        String text = new String(lf, StandardCharsets.UTF_8);
        assertTrue(!text.contains("\r"), "the fixture is LF");
        ReadResult expected = read(lf);
        for (String variant : List.of(text.replace("\n", "\r\n"), text.replace("\n", "\r"), "\uFEFF" + text.replace("\n", "\r\n"))) {
            ReadResult actual = read(variant.getBytes(StandardCharsets.UTF_8));
            assertEquals(dump(expected.map()), dump(actual.map()));
            assertEquals(expected.warnings(), actual.warnings());
        }
        byte[] old = Files.readAllBytes(FOLDER.resolve("homework-old.kialo.txt"));
        String crlf = new String(old, StandardCharsets.UTF_8).replace("\n", "\r\n");
        assertEquals(dump(read(old).map()), dump(read(crlf.getBytes(StandardCharsets.UTF_8)).map()));
    }

    @Test
    void readsTheNewerFormatWithIndentedHeadersAndTextBelow() throws Exception {
        ReadResult result = KialoFormat.read(FOLDER.resolve("car-free-new.kialo.txt"));
        ArgumentMap map = result.map();
        assertEquals("Should city centres be car-free?", map.info().title());
        assertEquals(12, map.statements().size());
        assertEquals(8, count(map, StatementKind.CLAIM));
        assertEquals(4, count(map, StatementKind.EVIDENCE));
        assertEquals(12, map.inferences().size());
        assertEquals(8, count(map, InferenceType.SUPPORT));
        assertEquals(4, count(map, InferenceType.ATTACK));
        assertEquals("City centres should be closed to private cars.", map.mainClaims().get(0).text());
        // A numbered list inside a claim is text, not claims; the header's indentation is not.
        assertEquals("Cleaner air means fewer asthma attacks in children:\n1. fewer emergency visits,\n2. fewer missed school days.",
                statement(map, "Cleaner air").text());
        assertTrue(statement(map, "Disabled people").text()
                .endsWith("see the [access] rules of the [city](https://example.org/rules)."), "escapes undone, links kept");
        // 1.3. Pro: -> See 1.2.1. — the Con of a Con also supports the thesis.
        Statement spend = statement(map, "Pedestrians and cyclists");
        assertEquals(InferenceType.SUPPORT, only(map, spend, map.mainClaims().get(0)).type());
    }

    @Test
    void sourcesBecomeEvidenceForTheClaimsCitingThem() throws Exception {
        ReadResult result = KialoFormat.read(FOLDER.resolve("car-free-new.kialo.txt"));
        ArgumentMap map = result.map();
        Statement eea = evidence(map, "1");
        assertEquals("https://www.eea.europa.eu/publications/air-quality-in-europe-2022", eea.content().url());
        assertEquals("eea.europa.eu", eea.title());
        assertEquals("Road transport is a major source of air pollution in Europe.\n\nIt is the largest emitter of nitrogen oxides.",
                eea.content().quote());
        assertEquals(List.of("Car-free streets cut air pollution where most people breathe it [1].", spendText(map)),
                map.inferencesFrom(eea).stream().map(i -> ((Statement) i.target()).text()).toList());
        assertTrue(map.inferencesFrom(eea).stream().allMatch(i -> i.type() == InferenceType.SUPPORT));
        // "[1] …" inside the quote of [2] is quote: sources are numbered upwards.
        assertTrue(evidence(map, "2").content().quote().endsWith("\n[1] The same holds for particulate matter near busy roads."));
        Statement tfl = evidence(map, "3");
        assertEquals("Transport for London, Walking and cycling: the economic benefits", tfl.title());
        assertEquals("https://content.tfl.gov.uk/walking-cycling-economic-benefits-summary-pack.pdf", tfl.content().url());
        assertTrue(map.inferencesFrom(evidence(map, "4")).isEmpty());
        assertEquals(List.of("line 43: no claim cites source [4]; it was kept as evidence supporting nothing"), result.warnings());
    }

    @Test
    void aQuestionWithSeveralThesesBecomesTheDescription() throws Exception {
        ReadResult result = KialoFormat.read(FOLDER.resolve("energy-questions.kialo.txt"));
        ArgumentMap map = result.map();
        assertEquals("Which energy source should Europe expand first?", map.info().description());
        assertEquals(List.of("Europe should expand wind power first.", "Europe should expand nuclear power first."),
                map.mainClaims().stream().map(Statement::text).toList());
        assertEquals(5, map.statements().size());
        assertEquals(4, map.inferences().size());
        assertEquals(2, map.inferencesFrom(statement(map, "Wind power needs storage")).size());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void onlyHeadersShapedLikeKialosStartAClaim() throws Exception {
        ArgumentMap map = read(("Discussion Title: T\n\n1. The thesis.\n1.1. Pro: A reason with a list:\n2. not a claim\n"
                + "3) nor this\n1.2. Con: An objection\nwritten on two lines.\n").getBytes(StandardCharsets.UTF_8)).map();
        assertEquals(List.of("The thesis.", "A reason with a list:\n2. not a claim\n3) nor this",
                "An objection\nwritten on two lines."), map.statements().stream().map(Statement::text).toList());
    }

    @Test
    void oddNumberingIsReadWithWarnings() throws Exception {
        ReadResult result = read(("Discussion Title: T\n\n1. Thesis\n1.1. Pro: A\n1.3.1. Con: Orphan\n1.1. Pro: B\n"
                + "1.1.1. Con: Under B\n1.2. Con: -> See 1.\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "line 5: no claim 1.3. comes before 1.3.1.; placed under 1.",
                "line 6: the number 1.1. is used twice (first at line 4); entries numbered under it belong to this one",
                "line 8: claim 1.2. links to the claim it answers; the link was left out"), result.warnings());
        ArgumentMap map = result.map();
        assertEquals(InferenceType.ATTACK, only(map, statement(map, "Orphan"), statement(map, "Thesis")).type());
        assertEquals(InferenceType.ATTACK, only(map, statement(map, "Under B"), statement(map, "B")).type());
    }

    @Test
    void inputThatIsNoExportIsOneClearError() {
        assertError("Hello,\nthis is a letter.\n", 1, 1, "This is not a Kialo export");
        assertError("\n\n", 1, 1, "The file is empty");
        assertError("\n\nDiscussion Title: Only a title\n\n", 4, 1, "The export holds no claims");
        byte[] notUtf8 = "Discussion Title: X\n\n1. caf\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        MapReadException e = assertThrows(MapReadException.class, () -> KialoFormat.read(notUtf8, Path.of("x.kialo.txt")));
        assertEquals("x.kialo.txt:3:7: This is not UTF-8 text: a Kialo export is a plain text file (was another file chosen?).",
                e.getMessage());
    }

    @Test
    void theReaderNamesItself() {
        assertEquals("kialo", KialoFormat.READER.name());
        assertEquals(List.of(".kialo.txt", ".kialo"), KialoFormat.READER.extensions());
    }

    private static void assertError(String input, int line, int column, String reason) {
        MapReadException e = assertThrows(MapReadException.class,
                () -> KialoFormat.read(input.getBytes(StandardCharsets.UTF_8), Path.of("in.kialo.txt")));
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.reason().startsWith(reason), e.reason());
    }

    private static ReadResult read(byte[] bytes) throws MapReadException {
        return KialoFormat.read(bytes, Path.of("test.kialo.txt"));
    }

    private static String spendText(ArgumentMap map) {
        return statement(map, "Pedestrians and cyclists").text();
    }

    static Statement statement(ArgumentMap map, String start) {
        List<Statement> found = map.statements().stream().filter(s -> s.text().startsWith(start)).toList();
        assertEquals(1, found.size(), () -> "statements starting with " + start + ": " + found);
        return found.get(0);
    }

    private static Statement evidence(ArgumentMap map, String number) {
        return map.statements().stream().filter(s -> number.equals(s.content().data().get("kialo-source"))).findFirst().orElseThrow();
    }

    private static Inference only(ArgumentMap map, Statement premise, MapNode target) {
        List<Inference> found = map.inferencesFrom(premise).stream().filter(i -> i.target() == target).toList();
        assertEquals(1, found.size(), () -> premise + " -> " + target + ": " + found);
        return found.get(0);
    }

    private static long count(ArgumentMap map, StatementKind kind) {
        return map.statements().stream().filter(s -> s.kind() == kind).count();
    }

    private static long count(ArgumentMap map, InferenceType type) {
        return map.inferences().stream().filter(i -> i.type() == type).count();
    }

    /** The map as text, ids left out: what two reads of the same export must agree on. */
    static String dump(ArgumentMap map) {
        String statements = map.statements().stream().map(s -> s.content().toString()).collect(Collectors.joining("\n"));
        String inferences = map.inferences().stream().map(i -> i.type() + " " + i.premises().stream().map(Statement::text).toList()
                + " -> " + (i.target() instanceof Statement s ? s.text() : i.target().id())).collect(Collectors.joining("\n"));
        return map.info() + "\n" + statements + "\n" + inferences;
    }
}
