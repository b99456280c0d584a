package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/** The shape of what the writer writes for things a map has and Argdown says in its own way. */
class ArgdownWriterTest {

    @Test
    void writesTheDocumentedShape() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle("Cats or dogs").withAuthors(List.of("Ada"))
                .withCreated(Instant.parse("2026-11-24T00:00:00Z")));
        map.addStatement("s1", StatementContent.claim("Cats are better than dogs.").withTitle("Cats").withTags(List.of("pets")));
        map.addStatement("s2", StatementContent.claim("Cats need less care: see [1] and <b> {x} // not a comment."));
        map.addStatement("s3", StatementContent.claim("Dogs are loyal."));
        map.addStatement("s4", StatementContent.claim("Loyalty matters."));
        map.addStatement("s5", StatementContent.evidence("Survey", "Most owners agree.", "https://example.org/survey"));
        map.addStatement("s6", StatementContent.claim("Cats are not better than dogs."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s3", "s4"), "s1");
        map.addInference("i3", InferenceContent.of(InferenceType.REPHRASE), List.of("s5"), "s2");
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK).withFlavour(InferenceFlavour.CONTRADICTORY),
                List.of("s6"), "s1");
        map.addInference("i5", InferenceContent.of(InferenceType.ATTACK).withTitle("Allergies")
                .withDescription("Many people are allergic to cats."), List.of(), "i1");
        String written = ArgdownFormat.writeToString(map);
        assertEquals("""
                ===
                title: "Cats or dogs"
                author: "Ada"
                date: 2026-11-24
                ===

                <Argument 1>

                (1) [Cats need less care see 1]: Cats need less care: see \\[1\\] and \\<b\\> \\{x\\} \\// not a comment.
                ----
                  <_ <Allergies>: Many people are allergic to cats.
                (2) [Cats]: Cats are better than dogs. #pets
                  - [Conclusion of Argument 2]

                <Argument 2>

                (1) Dogs are loyal.
                (2) Loyalty matters.
                ----
                (3) [Conclusion of Argument 2]: Conclusion of \\<Argument 2\\> {argumap: implicit-conclusion}

                <Argument 3> {type: rephrase}

                (1) [Survey]: Most owners agree. {kind: evidence, url: https://example.org/survey}
                ----
                (2) [Cats need less care see 1]

                Cats are not better than dogs.
                  >< [Cats]
                """, written);
        ReadResult read = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), Path.of("cats.argdown"));
        assertEquals(List.of(), read.warnings());
        assertEquals(ArgdownWriterProperties.normalized(map), ArgdownWriterProperties.normalized(read.map()));
    }

    @Test
    void judgementsAreDataOnStatementsAndArguments() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Cats are better.").withVerdict(Verdict.ACCEPTED).withRating(80));
        map.addStatement("s2", StatementContent.claim("Cats purr.").withVerdict(Verdict.REJECTED));
        map.addStatement("s3", StatementContent.claim("Cats scratch.").withRating(0));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT).withStrength(60), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s3"), "s1");
        String written = ArgdownFormat.writeToString(map);
        assertTrue(written.contains("Cats are better. {rating: 80, verdict: accepted}"), written);
        assertTrue(written.contains("Cats purr. {verdict: rejected}"), written);
        assertTrue(written.contains("Cats scratch. {rating: 0}"), written);
        assertTrue(written.contains("{strength: 60}"), written);
        ReadResult read = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), Path.of("judged.argdown"));
        assertEquals(List.of(), read.warnings());
        assertEquals(ArgdownWriterProperties.normalized(map), ArgdownWriterProperties.normalized(read.map()));
    }

    @Test
    void judgementsThatAreNoneStayData() throws Exception {
        String text = """
                [A]: Cats are better. {verdict: maybe, rating: 101}
                  + <Purring>: Cats purr. {strength: high}
                [B]: Dogs are loyal. {verdict: Rejected, rating: 7}
                """;
        ArgumentMap map = ArgdownFormat.READER.read(text.getBytes(StandardCharsets.UTF_8), Path.of("odd.argdown")).map();
        StatementContent a = map.statements().get(0).content();
        assertEquals(Verdict.OPEN, a.verdict());
        assertEquals(StatementContent.UNRATED, a.rating());
        assertEquals("maybe", a.data().get("verdict"));
        assertEquals("101", a.data().get("rating"));
        assertEquals("high", map.inferences().get(0).content().data().get("strength"));
        assertEquals(InferenceContent.UNRATED, map.inferences().get(0).content().strength());
        StatementContent b = map.statements().get(1).content();
        assertEquals(Verdict.REJECTED, b.verdict());
        assertEquals(7, b.rating());
        assertEquals(Map.of(), b.data());
    }

    @Test
    void choosesStrictModeWhenMostRelationsBetweenStatementsAreStrict() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("A"));
        map.addStatement("s2", StatementContent.claim("B"));
        map.addStatement("s3", StatementContent.claim("C"));
        map.addInference(InferenceContent.of(InferenceType.SUPPORT).withFlavour(InferenceFlavour.STRICT), List.of("s2"), "s1");
        map.addInference(InferenceContent.of(InferenceType.ATTACK).withFlavour(InferenceFlavour.STRICT), List.of("s3"), "s1");
        map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of("s3"), "s2");
        assertEquals("""
                ===
                model:
                  mode: strict
                ===

                <Argument 1> {flavour: defeasible}

                (1) C
                  -> A
                    + B
                      - [Conclusion of Argument 1]
                ----
                (2) [Conclusion of Argument 1]: Conclusion of \\<Argument 1\\> {argumap: implicit-conclusion}
                """, ArgdownFormat.writeToString(map));
    }

    @Test
    void keepsTitlesUniqueAndReadable() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("One").withTitle("Same"));
        map.addStatement("s2", StatementContent.claim("Two").withTitle("Same"));
        map.addStatement("s3", StatementContent.claim("Three").withTitle("a]b\nc"));
        map.addInference(InferenceContent.of(InferenceType.SUPPORT).withTitle("-minus>"), List.of("s2"), "s1");
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("s3"), "s2");
        assertEquals("""
                <–minus)>

                (1) [Same (2)]: Two
                  + [a)b c]: Three
                ----
                (2) [Same]: One
                """, ArgdownFormat.writeToString(map));
        assertEquals(Map.of(), DataKeys.external(Map.of(DataKeys.SECTION, "# x")));
    }

    /** Found by ArgdownWriterProperties once it ran: a tag after a text of one wide space became part of the text. */
    @Test
    void aTextOfOneWideSpaceKeepsItsTagApart() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("\u2000").withTags(List.of("t0")));
        map.addStatement("s2", StatementContent.claim("Cats"));
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("s1"), "s2");
        String written = ArgdownFormat.writeToString(map);
        ReadResult read = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), Path.of("wide.argdown"));
        var statement = read.map().statements().stream().filter(s -> s.tags().equals(List.of("t0"))).findFirst().orElseThrow();
        assertEquals("\u2000", statement.text(), written);
    }
    /**
     * Found by ArgdownFuzzTest: on a line starting with a bare title ({@code <T>} or {@code [T]}, an
     * element without text) Argdown reads a definition up to the first {@code >:} or {@code ]:} of the
     * line, so the {data} and tags written after it must hold neither, or they become part of a title.
     */
    @Test
    void dataAndTagsAfterABareTitleDoNotEndIt() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("").withTitle("S").withTags(List.of("a]: b", "c>: d"))
                .withQuote("see <C>: no").withData(Map.of("<C>", "[D]: d", "k]", "x>:y", "list", "[<C>, {<D>: 1}]")));
        map.addStatement("s2", StatementContent.claim("Target"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT).withTitle("A").withScheme("<C>: x")
                .withData(Map.of("<C>", "1", DataKeys.TAGS, "#(x>: y) #(z]: w)")), List.of(), "s2");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s1"), "s2");
        String written = ArgdownFormat.writeToString(map);
        assertEquals("""
                [S] #(a]\uFF1A b) #(c>: d) {"<C>": "[D\\u005D: d", "k]": "x\\u003E:y", list: [<C>, {"<D>": 1}], quote: "see <C\\u003E: no"}
                  -> Target
                    + <A> #(x>\uFF1A y) #(z]: w) {"<C>": 1, scheme: "<C\\u003E: x"}
                """, written);
        ReadResult read = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), Path.of("bare.argdown"));
        assertEquals(List.of(), read.warnings());
        var statement = read.map().statements().stream().filter(s -> s.title().equals("S")).findFirst().orElseThrow();
        assertEquals(List.of("a]\uFF1A b", "c>: d"), statement.tags(), "a look-alike colon where nothing can escape it");
        assertEquals("see <C>: no", statement.content().quote());
        assertEquals(Map.of("<C>", "[D]: d", "k]", "x>:y", "list", "[<C>, {<D>: 1}]"),
                DataKeys.external(statement.content().data()));
        var argument = read.map().inferences().stream().filter(i -> i.content().title().equals("A")).findFirst()
                .orElseThrow();
        assertEquals("<C>: x", argument.content().scheme());
        assertEquals(Map.of("<C>", "1"), DataKeys.external(argument.content().data()));
        assertEquals("#(x>\uFF1A y) #(z]: w)", argument.content().data().get(DataKeys.TAGS));
        assertEquals(2, read.map().inferences().size());
    }
}
