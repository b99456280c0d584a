package org.argumap.io.kialo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Kialo reader on random and mutated exports: always a map or the one clear error, never
 * another exception, a hang or running out of memory.
 */
class KialoReaderProperties {
    private static final List<String> FIXTURES = List.of("homework-old.kialo.txt", "car-free-new.kialo.txt",
            "energy-questions.kialo.txt");

    @Property(tries = 300)
    void mutatedExportsGiveAMapOrOneClearError(@ForAll("fixtures") byte[] fixture,
                                               @ForAll("mutations") List<Fuzzing.Mutation> mutations) {
        Fuzzing.readsOrFailsClearly(KialoFormat.READER, Fuzzing.mutate(fixture, mutations));
    }

    @Property(tries = 500)
    void exportShapedNoiseGivesAMapOrOneClearError(@ForAll("exportLike") String text) {
        Fuzzing.readsOrFailsClearly(KialoFormat.READER, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void randomBytesGiveAMapOrOneClearError(@ForAll byte[] bytes) {
        Fuzzing.readsOrFailsClearly(KialoFormat.READER, bytes);
    }

    @Provide
    Arbitrary<byte[]> fixtures() {
        return Arbitraries.of(FIXTURES).map(name -> {
            try {
                return Files.readAllBytes(KialoFormatTest.FOLDER.resolve(name));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Provide
    Arbitrary<List<Fuzzing.Mutation>> mutations() {
        return Fuzzing.mutations();
    }

    /** Lines an export is made of, in any order and nesting: headers, links, sources, text. */
    @Provide
    Arbitrary<String> exportLike() {
        Arbitrary<String> number = Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()) + ".");
        Arbitrary<String> header = Combinators.combine(Arbitraries.strings().withChars(' ', '\t').ofMaxLength(6), number,
                        Arbitraries.of("Thesis:", "Pro:", "Con:", "Question:", "Pro", ""),
                        Arbitraries.of("", " A claim.", " -> See 1.1.", " -> See 1.", " cites [1] and [2]", " [1](x)"))
                .as((indent, n, stance, text) -> indent + n + " " + stance + text);
        Arbitrary<String> link = number.map(n -> "  -> See " + n);
        Arbitrary<String> fixed = Arbitraries.of("Discussion Title: T", "Discussion Name:", "Discussion Name: N", "",
                "Sources:", "[1] https://example.org/a", "[2] A book", "\"quoted", "passage\"", "1. list item", "\\[1\\]");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, header), net.jqwik.api.Tuple.of(2, link),
                net.jqwik.api.Tuple.of(4, fixed), net.jqwik.api.Tuple.of(2, noise));
        return line.list().ofMaxSize(40).map(lines -> String.join(lines.size() % 2 == 0 ? "\n" : "\r\n", lines));
    }
}
