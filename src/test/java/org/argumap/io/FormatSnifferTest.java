package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.argumap.ThirdPartyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real files of every format are told by their content, whatever they are called. */
class FormatSnifferTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    static Stream<Arguments> ourFiles() {
        return Stream.of(
                Arguments.of("kialo/homework-old.kialo.txt", "kialo"),
                Arguments.of("kialo/car-free-new.kialo.txt", "kialo"),
                Arguments.of("kialo/energy-questions.kialo.txt", "kialo"),
                Arguments.of("thread/cookies-thread.lemmy.json", "lemmy"),
                Arguments.of("fetch/lemmy-v3-page1.json", "lemmy"),
                Arguments.of("fetch/lemmy-v4-page1.json", "lemmy"),
                Arguments.of("fetch/lemmy-v4-post.json", "lemmy"),
                Arguments.of("fetch/piefed-page1.json", "lemmy"),
                Arguments.of("fetch/hn-item.json", "hackernews"),
                Arguments.of("fetch/discourse-topic.json", "discourse"),
                Arguments.of("old-versions/judged-v1.argumap.json", "argumap"),
                Arguments.of("old-versions/apt31-thread-v1.argumap.json", "argumap"),
                Arguments.of("aif/undercuts.aif.json", "aif"),
                Arguments.of("aif/speakers.aif.json", "aif"),
                Arguments.of("../../../assets/samples/apt31-thread.argumap.json", "argumap"));
    }

    static Stream<Arguments> thirdPartyFiles() {
        return Stream.of(
                Arguments.of("threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json", "reddit"),
                Arguments.of("argdown/argdown_argdown-primer.argdown", "argdown"),
                Arguments.of("argdown/argdown_semmelweis_betz.argdown", "argdown"),
                Arguments.of("argdown/argdown_greenspan-schefczyk_hardwrap.argdown", "argdown"),
                Arguments.of("aif/arguebuf-python_6064-original.json", "aif"),
                Arguments.of("aif/arguebuf-typescript_xaif.json", "aif"));
    }

    private static Optional<String> recognised(byte[] content) {
        return FormatSniffer.recognise(content).map(MapReader::name);
    }

    private static Optional<String> recognised(Path file) {
        return FormatSniffer.recognise(file).map(MapReader::name);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("ourFiles")
    void ourFixturesAreRecognised(String relative, String format) {
        assertEquals(Optional.of(format), recognised(RESOURCES.resolve(relative).normalize()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("thirdPartyFiles")
    void realFilesAreRecognised(String relative, String format) {
        assertEquals(Optional.of(format), recognised(ThirdPartyFiles.testdata(relative)));
    }

    /** The names people actually save these files under: Kialo's .txt, a browser's .json, Argdown pasted into a .txt. */
    @Test
    void renamedCopiesAreRecognisedByWhatTheyHold(@TempDir Path dir) throws IOException {
        Path kialo = Files.copy(RESOURCES.resolve("kialo/car-free-new.kialo.txt"), dir.resolve("should-city-centres-1234.txt"));
        Path reddit = Files.copy(ThirdPartyFiles.testdata(
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json"), dir.resolve("57dw9a.json"));
        Path argdown = Files.copy(ThirdPartyFiles.testdata("argdown/argdown_semmelweis_betz.argdown"), dir.resolve("semmelweis.txt"));
        Path lemmy = Files.copy(RESOURCES.resolve("thread/cookies-thread.lemmy.json"), dir.resolve("post"));
        assertEquals(Optional.of("kialo"), recognised(kialo));
        assertEquals(Optional.of("reddit"), recognised(reddit));
        assertEquals(Optional.of("argdown"), recognised(argdown));
        assertEquals(Optional.of("lemmy"), recognised(lemmy), "a name without an extension");
    }

    @Test
    void whatNoReaderTakesIsNotRecognised() {
        assertEquals(Optional.empty(), recognised(ThirdPartyFiles.testdata("threads/praw_TestSubmission.test_comments.json")),
                "a recorded HTTP exchange is no thread");
        assertEquals(Optional.empty(), recognised(ThirdPartyFiles.testdata(
                "argdown/arguebase-public_argdown-examples_argdown-primer.json")), "Argdown's own JSON export is not read");
        assertEquals(Optional.empty(), recognised(bytes("")));
        assertEquals(Optional.empty(), recognised(bytes("{\"name\": \"not a map\"}")));
        assertEquals(Optional.empty(), recognised(bytes("[]")));
        assertEquals(Optional.empty(), recognised(bytes("Shopping list:\n1. milk\n2. bread\n")));
        assertEquals(Optional.empty(), recognised(bytes("\u0000\u0001\u00ff binary")));
    }

    @Test
    void aTruncatedSampleStillShowsItsShape() {
        String start = "{\"format\": \"argumap\", \"version\": 2, \"statements\": [{\"id\": \"s1\", \"text\": \"cut he";
        assertEquals(Optional.of("argumap"), recognised(bytes(start)));
        String kialoWithBom = "\uFEFFDiscussion Title: Tea or coffee?\n\n1. Tea.\n1.1. Pro: Less caffeine.\n";
        assertEquals(Optional.of("kialo"), recognised(bytes(kialoWithBom)));
        assertEquals(Optional.of("kialo"), recognised(bytes("1. Tea.\n1.1. Con: Bitter.\n")), "an export without its title line");
    }

    @Test
    void aFileThatCannotBeReadIsNotRecognised(@TempDir Path dir) {
        assertEquals(Optional.empty(), recognised(dir), "a folder");
        assertEquals(Optional.empty(), recognised(dir.resolve("missing.json")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
