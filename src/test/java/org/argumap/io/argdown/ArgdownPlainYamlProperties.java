package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The YAML read without SnakeYAML ({@link PlainYaml}) reads as SnakeYAML reads it, and whatever
 * it is unsure of goes to SnakeYAML: {data} and front matter built from words and the characters
 * YAML treats specially.
 */
class ArgdownPlainYamlProperties {

    @Property(tries = 3000)
    void plainReadingAgreesWithSnakeYaml(@ForAll("yaml") String text) throws YamlReader.YamlException {
        Map<String, Object> plain = PlainYaml.read(text);
        Statistics.label("read without SnakeYAML").collect(plain != null);
        if (plain != null) {
            assertEquals(YamlReader.parseWithSnakeYaml(text), plain, text);
        }
    }

    @Example
    void theDataOfGeneratedDebatesIsReadPlainly() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("kind", "evidence");
        expected.put("url", "https://example.org/1248");
        assertEquals(expected, PlainYaml.read("{kind: evidence, url: https://example.org/1248}"));
        assertEquals(Map.of("title", "Generated debate of 100 statements"),
                PlainYaml.read("title: \"Generated debate of 100 statements\"\n"));
    }

    @Example
    void whatYamlGivesMeaningIsLeftToSnakeYaml() {
        for (String text : List.of("{a: b # c}", "{a: [b]}", "{a: 'b'}", "title: \"a\\tb\"", "a:\n  b: c",
                "{a: b,}", "{a: &x b}", "{a: b: c}", "a: b\n- c", "{a: \"b\"}", "{a:b}", "a: b:")) {
            assertNull(PlainYaml.read(text), text);
        }
    }

    @Provide
    Arbitrary<String> yaml() {
        return Arbitraries.oneOf(flowMappings(), blockMappings());
    }

    private Arbitrary<String> flowMappings() {
        Arbitrary<String> pair = Combinators.combine(scalar(), separator(), scalar()).as((k, s, v) -> k + s + v);
        Arbitrary<String> comma = Arbitraries.of(", ", ",", " , ", ",  ");
        return Combinators.combine(pair.list().ofMinSize(0).ofMaxSize(4), comma, Arbitraries.of("", " "))
                .as((pairs, c, pad) -> "{" + pad + String.join(c, pairs) + pad + "}");
    }

    private Arbitrary<String> blockMappings() {
        Arbitrary<String> value = Arbitraries.oneOf(scalar(),
                scalar().map(s -> "\"" + s + "\""), Arbitraries.of("", " ", "\"\"", "\"a\\\"b\""));
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("", "", "", " ", "  ", "- "), scalar(), separator(), value)
                .as((indent, k, s, v) -> indent + k + s + v);
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("\n", "\n\n", "\n \n"),
                Arbitraries.of("", "\n"))
                .as((lines, nl, end) -> String.join(nl, lines) + end);
    }

    private Arbitrary<String> separator() {
        return Arbitraries.of(": ", ": ", ": ", ":", " : ", ":  ", ":\t");
    }

    /** Mostly words, sometimes with what YAML reads specially. */
    private Arbitrary<String> scalar() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ019é").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> odd = Arbitraries.strings()
                .withChars("ab1 :/.-_'\"#,[]{}&*!|>%@`?~=+;()$^\\\t\u0085\u00a0\u2028\ufeff")
                .ofMinLength(0).ofMaxLength(5);
        Arbitrary<String> mixed = Combinators.combine(word, odd, word).as((a, b, c) -> a + b + c);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, word),
                net.jqwik.api.Tuple.of(2, Combinators.combine(word, word).as((a, b) -> a + " " + b)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("https://example.org/12", "true", "1.5", "~", "null", "a  b")),
                net.jqwik.api.Tuple.of(3, mixed),
                net.jqwik.api.Tuple.of(1, odd));
    }
}
