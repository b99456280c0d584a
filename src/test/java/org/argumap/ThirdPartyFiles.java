package org.argumap;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Files written by other people that tests read but the repository does not hold: real Argdown,
 * AIF and Reddit documents (folder {@code argumap.testdata}, by default {@code ../shared/testdata},
 * their sources listed in its {@code SOURCES.md} and fetched by {@code .ci/fetch-testdata}), and the
 * forum thread the demo map summarises (folder {@code argumap.sourcethread}, by default
 * {@code ../shared/source-thread}).
 *
 * <p>A fresh clone has neither folder, and its {@code mvn verify} must still pass: a test that needs
 * such a file asks for it here and, when it is missing, is aborted (reported as skipped) with a
 * message that starts with {@link #MARKER}, which {@link ThirdPartySkipSummary} counts into one line
 * at the end of the run. The project's own runs set {@code argumap.testdata.required=true}; then a
 * missing file fails the test, so those runs can never skip these tests unnoticed.
 */
public final class ThirdPartyFiles {
    /** How every abort for a missing file begins, so that the summary can tell these skips from others. */
    public static final String MARKER = "Third-party test file missing: ";
    static final String FOLDER_PROPERTY = "argumap.testdata";
    static final String SOURCE_THREAD_PROPERTY = "argumap.sourcethread";
    static final String REQUIRED_PROPERTY = "argumap.testdata.required";

    private ThirdPartyFiles() {
    }

    /** The folder of third-party documents (aif/, argdown/, threads/). */
    public static Path folder() {
        return folderOf(FOLDER_PROPERTY, "../shared/testdata");
    }

    /** The folder holding the forum thread the demo map summarises. */
    public static Path sourceThreadFolder() {
        return folderOf(SOURCE_THREAD_PROPERTY, "../shared/source-thread");
    }

    /** Whether a missing file fails the test rather than skipping it. */
    static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false").strip());
    }

    /** A file or folder under {@link #folder()}, such as {@code "argdown/argdown_semmelweis_betz.argdown"}. */
    public static Path testdata(String relative) {
        return require(folder().resolve(relative));
    }

    /** A file of the demo's source thread, such as {@code "apt31-thread.txt"}. */
    public static Path sourceThread(String name) {
        return require(sourceThreadFolder().resolve(name));
    }

    /**
     * The file if it exists; otherwise the calling test is aborted, or failed when the files are
     * required. Call it inside a test, a JUnit argument source or a jqwik {@code @Provide} method:
     * jqwik reports an abort there as a skipped property, but counts an abort inside a property's
     * tries as a rejected try and fails once all are rejected.
     */
    public static Path require(Path file) {
        if (Files.exists(file)) {
            return file;
        }
        String message = MARKER + file.toAbsolutePath().normalize();
        if (required()) {
            fail(message + " (" + REQUIRED_PROPERTY + "=true: the project's own runs need every third-party file;"
                    + " .ci/fetch-testdata fetches those of testdata, or point -D" + FOLDER_PROPERTY + "=DIR or -D"
                    + SOURCE_THREAD_PROPERTY + "=DIR at copies)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable: Assumptions.abort always throws");
    }

    /**
     * The files of the list that exist, for tests that read the repository's own fixtures as well
     * and need not skip without these (fuzzing inputs, round trips of every file at hand); when the
     * files are required, a missing one fails the test as in {@link #require}.
     */
    public static List<Path> existing(List<Path> files) {
        if (required()) {
            files.forEach(ThirdPartyFiles::require);
        }
        return files.stream().filter(Files::exists).toList();
    }

    private static Path folderOf(String property, String fallback) {
        String value = System.getProperty(property, "");
        return Path.of(value.isBlank() ? fallback : value.strip()).toAbsolutePath().normalize();
    }
}
