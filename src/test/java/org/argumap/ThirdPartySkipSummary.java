package org.argumap;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped because a third-party file was missing ({@link ThirdPartyFiles}) and
 * says so in one line when the run ends, instead of one warning per test: a contributor sees at
 * once how many there were and how to get the files. Registered for the JUnit Platform launcher
 * through {@code META-INF/services}, so it runs in every Surefire and Failsafe fork.
 *
 * <p>It prints to {@code System.out}, which Surefire's fork passes on to the build's console;
 * writing to the process's own standard output would corrupt the channel between fork and Maven.
 */
public final class ThirdPartySkipSummary implements TestExecutionListener {
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.startsWith(ThirdPartyFiles.MARKER)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Optional<String> message = result.getThrowable().map(Throwable::getMessage);
        if (result.getStatus() == TestExecutionResult.Status.ABORTED
                && message.filter(m -> m.startsWith(ThirdPartyFiles.MARKER)).isPresent()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.get() > 0) {
            System.out.println(line(skipped.get()));
        }
    }

    static String line(int count) {
        return "Skipped " + count + (count == 1 ? " test that reads" : " tests that read") + " third-party files"
                + " not found in " + ThirdPartyFiles.folder() + " or " + ThirdPartyFiles.sourceThreadFolder()
                + ": other people's documents, kept outside the repository. .ci/fetch-testdata fetches those of"
                + " testdata from their public sources (pinned commits, checked checksums); or point -D"
                + ThirdPartyFiles.FOLDER_PROPERTY + "=DIR (and -D" + ThirdPartyFiles.SOURCE_THREAD_PROPERTY
                + "=DIR) at copies.";
    }
}
