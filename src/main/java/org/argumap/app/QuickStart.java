package org.argumap.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code render}, {@code convert} and {@code check} in a second JVM started with options suited
 * to a job of a second or two, which a jar's manifest cannot give to the JVM that {@code java -jar}
 * starts. Measured (see performance.md): with only the quick compiler ({@code -XX:TieredStopAtLevel=1})
 * the JVM no longer spends a third of the processor time compiling code that is finished with before
 * the compiled code pays off; with the class data archive the build makes beside the jar
 * ({@value #ARCHIVE}) the classes of these commands are mapped in already parsed and verified; the
 * serial collector starts no collector threads and keeps the heap, and so the resident memory, no
 * larger than the map needs, with no upper limit of its own. Together they save more than the
 * half-empty first JVM costs, which does nothing but wait.
 *
 * <p>The user's own JVM options ({@code -Xmx} and the like) are passed on after these, so theirs
 * win. A JVM started with an agent or a debugger is left alone, as is one that cannot start a
 * process; then the command simply runs in this JVM, as before.
 */
final class QuickStart {
    /** Set in the second JVM, so it runs the command rather than starting a third. */
    static final String CHILD_PROPERTY = "argumap.quickStart";
    /** The class data archive the build writes beside the jar (see the pom). */
    static final String ARCHIVE = "argumap.jsa";
    /** The first JVM's start, in milliseconds since 1970, passed to the second one. */
    static final String STARTED_PROPERTY = "argumap.startedAt";
    /** The editor's class data archive, also made by the build (see the pom). */
    static final String EDITOR_ARCHIVE = "argumap-editor.jsa";
    /** The commands that run in the second JVM; {@code open} is the editor, a long-lived program. */
    private static final Set<String> COMMANDS = Set.of("render", "convert", "check");

    private QuickStart() {
    }

    /** Whether {@code args} is a command worth a second JVM. */
    static boolean suits(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]) && System.getProperty(CHILD_PROPERTY) == null;
    }

    /** Whether {@code args} start the editor, which a second JVM starts sooner when the build made its archive. */
    static boolean suitsEditor(String[] args) {
        return System.getProperty(CHILD_PROPERTY) == null && startedAsMain() && (args.length == 0
                || args.length == 2 && args[0].equals("open") && !args[1].startsWith("-"));
    }

    /**
     * Whether this JVM was started on the jar or on {@link Main}, rather than by a program that
     * calls {@code Main.main} itself (a test's harness) and would not be the one a second JVM runs.
     */
    private static boolean startedAsMain() {
        String command = System.getProperty("sun.java.command", "");
        String first = command.split(" ", 2)[0];
        return first.equals(Main.class.getName()) || first.endsWith(".jar");
    }

    /**
     * Runs the command in a second JVM and returns its exit status, or empty when it could not be
     * started that way and should run here.
     */
    static Optional<Integer> run(String[] args) {
        return start(args, false);
    }

    /**
     * Runs the editor in a second JVM that maps in the classes of its start from the editor's
     * archive ({@value #EDITOR_ARCHIVE}): measured, the window shows in about half the time, well
     * over the tenth of a second this JVM costs. Without that archive (another JDK, a build
     * without one, {@code mvn javafx:run}) there is nothing to gain: empty, and the editor runs here.
     * The editor keeps the JVM's own choices of collector, compiler and heap: it runs for hours.
     */
    static Optional<Integer> runEditor(String[] args) {
        return start(args, true);
    }

    private static Optional<Integer> start(String[] args, boolean editor) {
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
        Optional<Path> archive = archive(classPath, editor ? EDITOR_ARCHIVE : ARCHIVE);
        if (editor && archive.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (!editor) {
            tuneForCommand(command, jvmOptions);
        }
        archive.ifPresent(file -> {
            command.add("-XX:SharedArchiveFile=" + file);
            // An archive from another JDK build or of other jars is not used, without a word: no news to the user.
            command.add("-Xshare:auto");
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
        });
        command.addAll(jvmOptions);
        command.add("-D" + CHILD_PROPERTY + "=true");
        // For the editor's start-up probe (ShownProbe): the user's wait began with this JVM.
        command.add("-D" + STARTED_PROPERTY + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
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
     * The quick compiler and the serial collector, for a job of seconds. A small first heap
     * ({@code -Xms64m}) was tried: with the streaming reader, check of a 100,000-statement map
     * stays at 361 MB resident without it, and it made convert of 3,000 statements 80 ms slower.
     */
    private static void tuneForCommand(List<String> command, List<String> jvmOptions) {
        command.add("-XX:TieredStopAtLevel=1");
        if (jvmOptions.stream().noneMatch(QuickStart::choosesCollector)) {
            command.add("-XX:+UseSerialGC");
        }
    }

    /**
     * In the second JVM: ends it when the first one is gone, killed so abruptly that its shutdown
     * hook did not run, so no command is left running that nobody waits for.
     */
    static void followParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(143)));
    }

    /** Two collectors chosen would stop the JVM; the user's choice wins. */
    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
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

    /**
     * The archive beside the jar the class path starts with, if the build made one for this jar in
     * this place and this JDK: the JVM quietly refuses an archive made for another, but then does
     * without the JDK's own class archive too, slower than with no archive named at all. The build
     * writes what it was made for beside it ({@value #ARCHIVE}{@code .for}: the jar, java.home and
     * the JVM's version, a line each).
     */
    private static Optional<Path> archive(String classPath, String name) {
        String first = classPath.split(File.pathSeparator, 2)[0];
        if (!first.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(first).toAbsolutePath();
        Path parent = jar.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        Path archive = parent.resolve(name);
        try {
            List<String> madeFor = Files.readAllLines(parent.resolve(name + ".for"));
            boolean fits = madeFor.size() >= 3 && Files.isRegularFile(archive)
                    && Files.isSameFile(Path.of(madeFor.get(0).strip()), jar)
                    && Files.isSameFile(Path.of(madeFor.get(1).strip()), Path.of(System.getProperty("java.home")))
                    && madeFor.get(2).strip().equals(System.getProperty("java.vm.version"));
            return fits ? Optional.of(archive) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // No archive, or moved with its jar, or made by another JDK.
            return Optional.empty();
        }
    }
}
