package org.argumap.io.thread;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.kialo.Fuzzing;

/**
 * The thread readers on mutated real threads and on random JSON shaped like a thread: always a
 * map or the one clear error, never another exception, a hang or running out of memory; with and
 * without options.
 */
class ThreadReaderProperties {
    private static final ThreadImportOptions STRICT = new ThreadImportOptions(2, 3, true);

    @Property(tries = 200)
    void mutatedRedditThreadsGiveAMapOrOneClearError(@ForAll("redditFiles") byte[] thread,
                                                     @ForAll("mutations") List<Fuzzing.Mutation> mutations) {
        byte[] input = Fuzzing.mutate(thread, mutations);
        Fuzzing.readsOrFailsClearly(RedditThreadFormat.READER, input);
        Fuzzing.readsOrFailsClearly(RedditThreadFormat.reader(STRICT), input);
    }

    @Property(tries = 200)
    void mutatedLemmyThreadsGiveAMapOrOneClearError(@ForAll("mutations") List<Fuzzing.Mutation> mutations) throws IOException {
        byte[] input = Fuzzing.mutate(Files.readAllBytes(ThreadTestData.LEMMY), mutations);
        Fuzzing.readsOrFailsClearly(LemmyThreadFormat.READER, input);
        Fuzzing.readsOrFailsClearly(LemmyThreadFormat.reader(STRICT), input);
    }

    @Property(tries = 400)
    void randomRedditShapedJsonGivesAMapOrOneClearError(@ForAll("redditLike") String json) {
        byte[] input = json.getBytes(StandardCharsets.UTF_8);
        Fuzzing.readsOrFailsClearly(RedditThreadFormat.READER, input);
        Fuzzing.readsOrFailsClearly(RedditThreadFormat.reader(STRICT), input);
    }

    @Property(tries = 400)
    void randomLemmyShapedJsonGivesAMapOrOneClearError(@ForAll("lemmyLike") String json) {
        byte[] input = json.getBytes(StandardCharsets.UTF_8);
        Fuzzing.readsOrFailsClearly(LemmyThreadFormat.READER, input);
        Fuzzing.readsOrFailsClearly(LemmyThreadFormat.reader(STRICT), input);
    }

    @Property(tries = 100)
    void randomBytesGiveOneClearError(@ForAll byte[] bytes) {
        Fuzzing.readsOrFailsClearly(RedditThreadFormat.READER, bytes);
        Fuzzing.readsOrFailsClearly(LemmyThreadFormat.READER, bytes);
    }

    /**
     * The two real threads, read here rather than while generating: without them the property is
     * reported as skipped (see ThirdPartyFiles), where an abort during its tries would fail it.
     */
    @Provide
    Arbitrary<byte[]> redditFiles() throws IOException {
        return Arbitraries.of(ThreadTestData.cassetteThread(), ThreadTestData.forest());
    }

    @Provide
    Arbitrary<List<Fuzzing.Mutation>> mutations() {
        return Fuzzing.mutations();
    }

    @Provide
    Arbitrary<String> redditLike() {
        return RandomThreads.reddit();
    }

    @Provide
    Arbitrary<String> lemmyLike() {
        return RandomThreads.lemmy();
    }
}
