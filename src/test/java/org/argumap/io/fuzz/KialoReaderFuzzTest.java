package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.kialo.KialoFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the reader of Kialo's text exports from the repository's examples of both export formats
 * (Kialo's exports are not free to copy, so there are no third-party ones).
 * See {@link ReaderFuzzing} for the property, and reliability.md ("Fuzzing") for how to fuzz and
 * what the long run found; inputs it found are kept in {@code KialoReaderFuzzTestInputs/readsAnyBytes}.
 */
class KialoReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("src/test/resources/kialo"), ".txt", List.of());
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"Discussion Title: ", "Discussion Name: ", "1.", "1.1.", "1.1.1. ", "Thesis: ", "Pro: ", "Con: ", "Question: ",
            "-> See 1.1.", "[1]", "[1] http://", "\t", "\"", "www."})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(KialoFormat.READER, input);
    }
}
