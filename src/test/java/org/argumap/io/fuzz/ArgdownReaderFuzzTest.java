package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.argdown.ArgdownFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Argdown reader from the real Argdown documents of ../shared/testdata (the syntax tour,
 * two reconstructions) and the repository's own cases, generated maps and round-trip documents.
 * See {@link ReaderFuzzing} for the property, and reliability.md ("Fuzzing") for how to fuzz and
 * what the long run found; inputs it found are kept in {@code ArgdownReaderFuzzTestInputs/readsAnyBytes}.
 */
class ArgdownReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("src/test/resources/argdown/cases", "src/test/resources/argdown/generated",
                "src/test/resources/argdown/round-trip"), ".argdown", List.of("argdown/argdown_argdown-primer.argdown",
                "argdown/argdown_semmelweis_betz.argdown", "argdown/argdown_greenspan-schefczyk_hardwrap.argdown"));
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"[A]:", "<C>:", "+>", "->", "<+", "<-", "><", "_>", "<_", "(1)", "--", "-- rule --", "#tag", "{", "}", ":", "//",
            "/*", "*/", "<!--", "-->", "===", "@[A]", "@<C>", "    ", "{uses: [1, 2]}", "{isCanonical: true}",
            "{argumap: implicit-conclusion}", "&a", "*a", "!!str", "---"})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(ArgdownFormat.READER, input);
    }
}
