package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.aif.AifFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the AIF reader from the real AIFdb nodeset and OVA xAIF file of ../shared/testdata and the
 * repository's AIF fixtures (integer ids, undercuts, speakers, empty nodesets).
 * See {@link ReaderFuzzing} for the property, and reliability.md ("Fuzzing") for how to fuzz and
 * what the long run found; inputs it found are kept in {@code AifReaderFuzzTestInputs/readsAnyBytes}.
 */
class AifReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("src/test/resources/aif"), ".json",
                List.of("aif/arguebuf-python_6064-original.json", "aif/arguebuf-typescript_xaif.json"));
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"\"nodes\"", "\"edges\"", "\"nodeID\"", "\"type\"", "\"text\"", "\"scheme\"", "\"fromID\"", "\"toID\"", "\"AIF\"",
            "\"OVA\"", "\"x\"", "\"y\"", "\"locutions\"", "\"participants\"", "\"personID\"", "\"argumap\"", "\"I\"",
            "\"RA\"", "\"CA\"", "\"MA\"", "\"PA\"", "\"L\"", "\"YA\"", "\"TA\"", "null", "1e999"})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(AifFormat.READER, input);
    }
}
