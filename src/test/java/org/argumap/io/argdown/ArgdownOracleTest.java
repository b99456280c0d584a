package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.argdown.ArgdownFiles.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * This reader understands documents exactly as Argdown 1.7.5 does: the same equivalence classes
 * (made-up titles such as "Untitled 7" included), arguments with the same premise-conclusion
 * structures, and the same relations with the same types and ends, compared with Argdown's own JSON.
 */
class ArgdownOracleTest {

    static Stream<Document> documents() {
        return Stream.of(ArgdownFiles.sharedDocuments(), ArgdownFiles.cases(), ArgdownFiles.generated())
                .flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsLikeArgdown(Document document) throws Exception {
        List<String> warnings = new ArrayList<>();
        SourceText source = SourceText.decode(document.bytes(), document.path(), warnings);
        ArgdownSnapshot actual = ArgdownSnapshot.fromModel(ArgdownReader.understand(source, warnings).model());
        ArgdownSnapshot expected;
        try (var oracle = document.oracle()) {
            expected = ArgdownSnapshot.fromJson(oracle, false);
        }
        assertEquals(String.join("\n", expected.statements()), String.join("\n", actual.statements()));
        assertEquals(String.join("\n", expected.arguments()), String.join("\n", actual.arguments()));
        assertEquals(String.join("\n", expected.relations()), String.join("\n", actual.relations()));
    }
}
