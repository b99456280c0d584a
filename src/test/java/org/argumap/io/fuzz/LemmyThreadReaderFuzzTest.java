package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.thread.LemmyThreadFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Lemmy thread reader from the repository's Lemmy thread (there is no third-party one).
 * See {@link ReaderFuzzing} for the property, and reliability.md ("Fuzzing") for how to fuzz and
 * what the long run found; inputs it found are kept in {@code LemmyThreadReaderFuzzTestInputs/readsAnyBytes}.
 */
class LemmyThreadReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("src/test/resources/thread"), ".lemmy.json", List.of());
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"\"post_view\"", "\"post\"", "\"comments\"", "\"comment\"", "\"creator\"", "\"counts\"", "\"path\"", "\"id\"",
            "\"content\"", "\"name\"", "\"body\"", "\"score\"", "\"published\"", "\"deleted\"", "\"removed\"",
            "\"actor_id\"", "\"ap_id\"", "\"community\"", "\"0.1.2\"", "null", "true"})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(LemmyThreadFormat.READER, input);
    }
}
