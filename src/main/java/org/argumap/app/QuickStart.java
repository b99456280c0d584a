package org.argumap.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code render} in a second JVM started with options suited to a job of a second or two,
 * which a jar's manifest cannot give to the JVM that {@code java -jar} starts. Measured on the demo
 * map (see performance.md): with only the quick compiler ({@code -XX:TieredStopAtLevel=1}) the JVM
 * no longer spends a third of the processor time compiling code that is finished with before the
 * compiled code pays off, and with the class data archive the build makes beside the jar
 * ({@value #ARCHIVE}) the classes of a render are mapped in already parsed and verified. Together
 * they save more than the half-empty first JVM costs, which does nothing but wait.
 *
 * <p>The user's own JVM options ({@code -Xmx} and the like) are passed on after these, so theirs
 * win. A JVM started with an agent or a debugger is left alone, as is one that cannot start a
 * process; then the command simply runs in this JVM, as before.
 */
final class QuickStart {
    /** Set in the second JVM, so it runs the command rather than starting a third. */
    static final String CHILD_PROPERTY = "argumap.quickStart";
    /** The class data archive the build writes beside the jar (see the pom). */
    static final String ARCHIVE = "argumap-render.jsa";

    private QuickStart() {
    }

    /** Whether {@code args} is a command worth a second JVM. */
    static boolean suits(String[] args) {
        return args.length > 0 && args[0].equals("render") && System.getProperty(CHILD_PROPERTY) == null;
    }

    /**
     * Runs the command in a second JVM and returns its exit status, or empty when it could not be
     * started that way and should run here.
     */
    static Optional<Integer> run(String[] args) {
        List<String> jvmOptions;
        try {
            jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (LinkageError | RuntimeException e) {
            // A trimmed runtime without java.management: the options cannot be passed on.
            return Optional.empty();
        }
        if (jvmOptions.stream().anyMatch(QuickStart::attachesTool)) {
            return Optional.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = absolute(System.getProperty("java.class.path", ""));
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:TieredStopAtLevel=1");
        archive(classPath).ifPresent(archive -> {
            command.add("-XX:SharedArchiveFile=" + archive);
            // The build may have been cut off while writing it; a checksum that fails means no archive, not a crash.
            command.add("-XX:+VerifySharedSpaces");
            // An archive from another JDK build is not used; that is no news to the user.
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        });
        command.addAll(jvmOptions);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // A user's Ctrl-C reaches both; a kill of this JVM alone should not leave the other running.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                // Nobody interrupts the main thread here; keep waiting for the child.
            }
        }
    }

    /**
     * In the second JVM: ends it when the first one is gone, killed so abruptly that its shutdown
     * hook did not run, so no render is left running that nobody waits for.
     */
    static void followParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(143)));
    }

    private static boolean attachesTool(String option) {
        return option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                || option.startsWith("-Xrun") || option.startsWith("-Xdebug");
    }

    /** The class path with every entry absolute, as the archive records it, wherever the user stands. */
    private static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The archive beside the jar the class path starts with, if the build made one. */
    private static Optional<Path> archive(String classPath) {
        String first = classPath.split(File.pathSeparator, 2)[0];
        if (!first.endsWith(".jar")) {
            return Optional.empty();
        }
        Path parent = Path.of(first).toAbsolutePath().getParent();
        Path archive = parent == null ? null : parent.resolve(ARCHIVE);
        return archive != null && Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }
}
