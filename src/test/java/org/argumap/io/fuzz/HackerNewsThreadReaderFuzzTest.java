package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.thread.HackerNewsThreadFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Hacker News reader (Algolia's items API) from the item the link-import tests serve.
 * See {@link ReaderFuzzing} for the property and reliability.md ("Fuzzing") for the runs.
 */
class HackerNewsThreadReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("src/test/resources/fetch"), "hn-item.json", List.of());
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"\"id\"", "\"children\"", "\"author\"", "\"text\"", "\"title\"", "\"points\"", "\"type\"",
            "\"created_at\"", "\"created_at_i\"", "\"parent_id\"", "\"story_id\"", "\"url\"", "<p>", "<a href=",
            "<i>", "<pre><code>", "&#x27;", "null", "true"})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(HackerNewsThreadFormat.READER, input);
    }
}
