package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.json.ArgumapJsonFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the reader of Argumap's own format from the bundled sample map, the version 1 files the
 * migration upgrades, and the broken maps the reader must refuse; what it reads must also save and
 * open again unchanged.
 * See {@link ReaderFuzzing} for the property, and reliability.md ("Fuzzing") for how to fuzz and
 * what the long run found; inputs it found are kept in {@code NativeJsonReaderFuzzTestInputs/readsAnyBytes}.
 */
class NativeJsonReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("assets/samples", "src/test/resources/old-versions",
                "src/test/resources/broken-maps"), ".argumap.json", List.of());
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"\"format\"", "\"argumap\"", "\"version\"", "\"statements\"", "\"inferences\"", "\"premises\"", "\"target\"",
            "\"id\"", "\"text\"", "\"kind\"", "\"type\"", "\"support\"", "\"attack\"", "\"undercut\"", "\"claim\"",
            "\"evidence\"", "\"presentation\"", "\"steps\"", "\"show\"", "\"layout\"", "\"x\"", "\"y\"", "\"strength\"",
            "\"rating\"", "\"verdict\"", "\"created\"", "\"modified\"", "\"tags\"", "\"notes\"", "\"source\"", "null", "1e999"})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(ArgumapJsonFormat.READER, input);
    }
}
