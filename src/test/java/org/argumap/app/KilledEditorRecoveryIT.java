package org.argumap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapAssertions;
import org.argumap.model.MapInfo;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor killed with unsaved work, and the next start giving it back. The packaged jar runs in
 * a separate JVM (headless, through Monocle) under {@link KeyboardSession}, which types and clicks
 * through JavaFX's robot as a user would; the test kills that JVM with SIGKILL
 * ({@code destroyForcibly}) once the autosave is on disk, starts the editor again on the same data
 * directory, and answers the offer it makes.
 */
@Timeout(value = 900, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KilledEditorRecoveryIT {
    private static final String TITLE = "Pets at home";
    private static final String CLAIM = "Pets make a home happier";
    private static final String REASON = "Cats sleep all day";
    /** Typed into the open in-place editor and never committed: autosave must keep it too. */
    private static final String STILL_TYPING = " most days";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final ArgumapJsonFormat FORMAT = new ArgumapJsonFormat();

    @TempDir
    Path dir;
    private Path mapFile;
    private Path dataDir;
    private final List<Editor> started = new ArrayList<>();

    @AfterEach
    void endEveryEditor() throws InterruptedException {
        for (Editor editor : started) {
            editor.process.destroyForcibly();
            editor.process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void unsavedWorkKilledWithSigkillIsOfferedRestoredAndItsRecoveryFileGoesOnSaveOrDiscard() throws Exception {
        mapFile = dir.resolve("pets.argumap.json");
        dataDir = dir.resolve("data");
        FORMAT.write(original(), mapFile);

        // First run: a reason added and committed, then the claim's words changed and left in the editor.
        Editor first = start();
        first.send("window");
        first.send("key DOWN");
        first.send("key TAB");
        first.send("type " + REASON);
        first.send("key ENTER");
        first.send("key UP");
        first.send("key F2");
        first.send("type " + STILL_TYPING);
        Path autosaved = awaitAutosave(map -> hasStatement(map, CLAIM + STILL_TYPING) && hasStatement(map, REASON));
        Instant written = writtenTime(autosaved);
        first.kill();
        assertSameStructure(expected(), FORMAT.read(autosaved).map());

        // Second run: the offer names the map, the time and the file; Restore brings the edits back unsaved.
        Editor second = start();
        String offer = second.send("dialog");
        assertTrue(offer.contains("“" + TITLE + "”"), offer);
        assertTrue(offer.contains("Autosaved today " + TIME.format(written.atZone(ZoneId.systemDefault()))), offer);
        assertTrue(offer.contains("replaces " + mapFile.toAbsolutePath()), offer);
        second.send("click Restore");
        assertTrue(second.send("title").startsWith("• pets.argumap.json"), "shown unsaved: " + second.send("title"));
        second.send("key S shortcut");
        awaitRecoveryFolder(List::isEmpty, "the recovery files gone once the map is saved");
        assertFalse(second.send("title").startsWith("•"), "saved: " + second.send("title"));
        ArgumentMap saved = FORMAT.read(mapFile).map();
        assertSameStructure(expected(), saved);

        // Killed again with another unsaved edit; this time the user discards it.
        second.send("key DOWN");
        second.send("key F2");
        second.send("type  again");
        second.send("key ENTER");
        awaitAutosave(map -> hasStatement(map, CLAIM + STILL_TYPING + " again"));
        second.kill();
        Editor third = start();
        assertTrue(third.send("dialog").contains("“" + TITLE + "”"));
        third.send("click Discard");
        awaitRecoveryFolder(List::isEmpty, "the recovery files gone once discarded");
        assertSameStructure(expected(), FORMAT.read(mapFile).map());
        assertFalse(third.send("title").startsWith("•"), "the saved map, as it was: " + third.send("title"));

        // A clean quit leaves nothing, not even the killed runs' locks.
        // No reply is waited for: the editor may be gone before it could answer.
        third.in.println("key Q shortcut");
        assertTrue(third.process.waitFor(60, TimeUnit.SECONDS), "File › Quit ends the editor");
        try (Stream<Path> left = Files.list(dataDir.resolve("recovery"))) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static ArgumentMap original() {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle(TITLE));
        map.addStatement(StatementContent.claim(CLAIM));
        return map;
    }

    /** The map as the user left it: built here, not read from the editor. */
    private static ArgumentMap expected() {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle(TITLE));
        Statement claim = map.addStatement(StatementContent.claim(CLAIM + STILL_TYPING));
        Statement reason = map.addStatement(StatementContent.claim(REASON));
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(reason.id()), claim.id());
        return map;
    }

    private static void assertSameStructure(ArgumentMap expected, ArgumentMap actual) {
        MapAssertions.assertSameStructure(expected, actual);
        assertEquals(expected.info().title(), actual.info().title());
    }

    private static boolean hasStatement(ArgumentMap map, String text) {
        return map.statements().stream().anyMatch(s -> s.text().equals(text));
    }

    /** Waits for an autosaved map the check accepts; answers its file. */
    private Path awaitAutosave(Predicate<ArgumentMap> check) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            for (Path file : recoveryFiles()) {
                if (file.getFileName().toString().endsWith(ArgumapJsonFormat.EXTENSION)
                        && Files.exists(sidecarOf(file)) && readable(file).filter(check).isPresent()) {
                    return file;
                }
            }
            Thread.sleep(100);
        }
        Editor last = started.get(started.size() - 1);
        return fail("no autosave with the edits in " + recoveryFiles() + " after " + last.transcript + "; the editor: "
                + last.send("title") + ", " + last.send("focus") + ", at " + last.send("stack") + "\n"
                + Files.readString(last.log));
    }

    private void awaitRecoveryFolder(Predicate<List<Path>> check, String what) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!check.test(recoveryFiles())) {
            if (System.currentTimeMillis() > end) {
                fail(what + "; the folder holds " + recoveryFiles());
            }
            Thread.sleep(100);
        }
    }

    /** The maps and their sidecars in the recovery folder (not the runs' locks). */
    private List<Path> recoveryFiles() throws IOException {
        Path folder = dataDir.resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
    }

    private static Optional<ArgumentMap> readable(Path file) {
        try {
            return Optional.of(FORMAT.read(file).map());
        } catch (MapReadException | RuntimeException e) {
            // Replaced between listing and reading: the next look finds the newer one.
            return Optional.empty();
        }
    }

    private static Path sidecarOf(Path map) {
        String name = map.getFileName().toString();
        return map.resolveSibling(name.substring(0, name.length() - ArgumapJsonFormat.EXTENSION.length())
                + ".properties");
    }

    private static Instant writtenTime(Path map) throws IOException {
        Properties sidecar = new Properties();
        sidecar.load(new StringReader(Files.readString(sidecarOf(map))));
        return Instant.parse(sidecar.getProperty("written"));
    }

    /** The packaged editor, on the map file, with the test's data directory and a short autosave delay. */
    private Editor start() throws IOException {
        Path jar = Path.of("target", "argumap.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), "the packaged jar (run by failsafe after package): " + jar);
        String monocle = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new AssertionError("Monocle is not on the test class path"));
        String classPath = String.join(java.io.File.pathSeparator, jar.toString(),
                Path.of("target", "test-classes").toAbsolutePath().toString(), monocle);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("editor-" + (started.size() + 1) + ".log");
        Process process = new ProcessBuilder(java, "-Dargumap.dataDir=" + dataDir, "-Dargumap.autosaveMillis=300",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-cp", classPath, KeyboardSession.class.getName(), "open",
                mapFile.toString())
                .redirectError(log.toFile()).start();
        Editor editor = new Editor(process, log);
        started.add(editor);
        return editor;
    }

    /** One editor process and the lines to and from its {@link KeyboardSession}. */
    private static final class Editor {
        final Process process;
        final Path log;
        final PrintWriter in;
        final BufferedReader out;
        /** What was sent and answered, for a failure's message. */
        final List<String> transcript = new ArrayList<>();

        Editor(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Sends a command and answers the reply; an error or an editor that ended fails the test. */
        String send(String command) throws IOException {
            in.println(command);
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(KeyboardSession.REPLY)) {
                    String reply = line.substring(KeyboardSession.REPLY.length());
                    transcript.add(command + " -> " + reply);
                    if (reply.startsWith("error ")) {
                        fail(command + ": " + reply + "\n" + Files.readString(log));
                    }
                    return reply;
                }
            }
            return fail("the editor ended during " + command + "\n" + Files.readString(log));
        }

        /** SIGKILL on Linux and macOS: no shutdown hook, no JavaFX stop(), nothing written after. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the editor was killed");
        }
    }
}
