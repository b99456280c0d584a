package org.argumap.io.fuzz;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The long fuzz run of {@code mvn -P fuzz} (reliability.md, "Fuzzing"): fuzzes each reader's
 * {@code *ReaderFuzzTest} in turn, each in a JVM of its own since Jazzer fuzzes one test per JVM,
 * for {@code argumap.fuzz.minutes} each, and prints per reader the executions, the corpus it grew
 * and its findings. It keeps fuzzing past a finding (up to 50 different ones) so that one run shows
 * them all. Corpus, log and findings of each reader go to {@code target/fuzz/CLASS/}; the exit code
 * is 1 when there is a finding. A program, not a test.
 */
public final class ReaderFuzzRun {
    static final List<String> READERS = List.of("NativeJsonReaderFuzzTest", "ArgdownReaderFuzzTest",
            "AifReaderFuzzTest", "KialoReaderFuzzTest", "RedditThreadReaderFuzzTest", "LemmyThreadReaderFuzzTest",
            "HackerNewsThreadReaderFuzzTest", "DiscourseThreadReaderFuzzTest");
    private static final Pattern EXECUTED = Pattern.compile("stat::number_of_executed_units:\\s*(\\d+)");
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    private ReaderFuzzRun() {
    }

    /** What one reader's run gave: seconds of fuzzing, executions, files in the corpus, finding files. */
    record Outcome(String reader, long seconds, long executions, long corpus, List<String> findings) {
        String line() {
            return String.format(Locale.ROOT, "%-28s %6.1f min %10d executions %6d corpus entries %3d findings%s",
                    reader, seconds / 60.0, executions, corpus, findings.size(),
                    findings.isEmpty() ? "" : " " + findings);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long minutes = Long.parseLong(System.getProperty("argumap.fuzz.minutes", "10").strip());
        String chosen = System.getProperty("argumap.fuzz.readers", "all").strip();
        List<String> readers = chosen.isEmpty() || chosen.equals("all") ? READERS : List.of(chosen.split("\\s*,\\s*"));
        List<Outcome> outcomes = new ArrayList<>();
        for (String reader : readers) {
            Outcome outcome = fuzz(reader, minutes * 60);
            System.out.println(outcome.line());
            outcomes.add(outcome);
        }
        StringBuilder summary = new StringBuilder();
        outcomes.forEach(o -> summary.append(o.line()).append('\n'));
        Files.writeString(Path.of("target/fuzz/summary.txt"), summary);
        System.out.println("\nFuzzing, " + minutes + " minutes per reader:\n" + summary);
        System.exit(outcomes.stream().allMatch(o -> o.findings().isEmpty()) ? 0 : 1);
    }

    static Outcome fuzz(String reader, long seconds) throws IOException, InterruptedException {
        Path folder = Path.of("target/fuzz", reader);
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Path log = folder.resolve("log.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                "-Dargumap.testdata=" + System.getProperty("argumap.testdata", ""),
                // Full stack traces however often an exception recurs, so that findings are told apart.
                "-XX:-OmitStackTraceInFastThrow",
                // Where Jazzer would make its folders, here empty: under target, not in the sources.
                "-Djazzer.internal.basedir=" + Path.of("target/fuzz").toAbsolutePath(),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + ReaderFuzzRun.class.getPackageName() + "." + reader,
                "--target_method=readsAnyBytes", "--keep_going=50",
                // An input read for longer than 10 s is a hang; inputs up to 40 kB hold every seed whole
                // but the 142 kB Reddit thread; what a reader does with them must fit in 512 MB.
                "-max_total_time=" + seconds, "-timeout=10", "-max_len=40000", "-print_final_stats=1",
                "-artifact_prefix=" + folder + File.separator, corpus.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Outcome(reader, last(DONE, output, 2), Math.max(last(EXECUTED, output, 1), last(DONE, output, 1)),
                count(corpus, ""), findings(folder));
    }

    /** The number in this group of the pattern's last match: libFuzzer's own figures, without the JVM's start. */
    static long last(Pattern pattern, String output, int group) {
        long value = 0;
        Matcher matcher = pattern.matcher(output);
        while (matcher.find()) {
            value = Long.parseLong(matcher.group(group));
        }
        return value;
    }

    private static long count(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    /** libFuzzer's crash-, timeout- and oom- files: each is an input to keep and fix. */
    private static List<String> findings(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("crash-") || n.startsWith("timeout-") || n.startsWith("oom-")
                            || n.startsWith("leak-"))
                    .sorted().toList();
        }
    }
}
