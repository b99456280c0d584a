package org.argumap.recovery;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.argumap.io.AtomicFiles;
import org.argumap.io.Backups;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;

/**
 * The recovery folder of one run. Each unsaved map has a slot: its map in the native format,
 * {@code <run>-<slot>.argumap.json}, and beside it {@code <run>-<slot>.properties} saying which file
 * it would replace, its title and when it was written. The sidecar is written after the map, so a
 * sidecar always stands beside a complete map (both are written atomically).
 *
 * <p>A run holds a lock on {@code run-<id>.lock} while it lives. The operating system lets go of the
 * lock when the process dies, however it dies, so files whose run can be locked are orphans to
 * offer, while those of a run still open (a second window of Argumap) are left alone.
 */
public final class RecoveryStore implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());
    private static final String MAP_SUFFIX = ArgumapJsonFormat.EXTENSION;
    private static final String SIDECAR_SUFFIX = ".properties";
    /**
     * Runs of this JVM. Their lock files are never opened to probe them: on some systems closing any
     * channel on a file lets go of every lock this process holds on it.
     */
    private static final Set<String> LIVE_HERE = ConcurrentHashMap.newKeySet();

    /** How old a dead run's lock must be before it is removed. */
    static final Duration LOCK_GRACE = Duration.ofMinutes(1);

    private final Path folder;
    private final String runId;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final AtomicInteger slots = new AtomicInteger();
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();

    private RecoveryStore(Path folder, String runId, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.runId = runId;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens the folder (making it if needed) for a new run, which takes its lock at once. */
    public static RecoveryStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        String runId = UUID.randomUUID().toString().substring(0, 8);
        FileChannel channel = FileChannel.open(lockFile(folder, runId), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("another process holds the lock of a run just made: " + runId);
        }
        LIVE_HERE.add(runId);
        RecoveryStore store = new RecoveryStore(folder, runId, channel, lock);
        store.removeDeadLocks();
        return store;
    }

    /**
     * Removes the locks of runs that died leaving nothing to offer, with any temporary file of a
     * write the kill cut short: most runs that are killed or crash had no unsaved work, and their
     * lock files would otherwise pile up for ever. A dead run
     * with maps keeps its lock until they are restored or discarded. A lock file younger than
     * {@link #LOCK_GRACE} is left alone, in case it belongs to a run that has made it and not yet
     * locked it.
     */
    private void removeDeadLocks() {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            Instant settled = Instant.now().minus(LOCK_GRACE);
            for (String name : names) {
                if (!name.startsWith("run-") || !name.endsWith(".lock")) {
                    continue;
                }
                String run = name.substring("run-".length(), name.length() - ".lock".length());
                Path file = folder.resolve(name);
                if (names.stream().noneMatch(other -> other.startsWith(run + "-"))
                        && Files.getLastModifiedTime(file).toInstant().isBefore(settled) && !isAlive(run)) {
                    removeRemainsOf(run, names);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not tidy the locks of ended runs in " + folder, e);
        }
    }

    public Path folder() {
        return folder;
    }

    public String runId() {
        return runId;
    }

    /** A slot of this run no other map of it uses; two windows of one run never share one. */
    public String newSlot() {
        return runId + "-" + slots.incrementAndGet();
    }

    /** Writes a map into its slot, replacing what the slot held. Safe to call from any one thread at a time. */
    public void write(String slot, ArgumentMap map, Optional<Path> original, String title, Instant written)
            throws IOException {
        write(slot, format.prepareWrite(map), original, title, written);
    }

    /**
     * As {@link #write(String, ArgumentMap, Optional, String, Instant)}, with the map's content taken
     * already on the thread that owns the map ({@link ArgumapJsonFormat#prepareWrite}), so that this
     * may run on a worker while the map goes on changing.
     */
    public void write(String slot, ArgumapJsonFormat.PreparedWrite content, Optional<Path> original, String title,
            Instant written) throws IOException {
        content.writeTo(mapFile(slot), Backups.NONE);
        Properties sidecar = new Properties();
        original.ifPresent(file -> sidecar.setProperty("original", file.toAbsolutePath().toString()));
        sidecar.setProperty("title", title);
        sidecar.setProperty("written", written.toString());
        sidecar.setProperty("run", runId);
        StringWriter text = new StringWriter();
        sidecar.store(text, "Argumap recovery: the map beside this file was not saved when Argumap stopped");
        AtomicFiles.write(sidecarFile(slot), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Empties a slot: its map was saved or given up. */
    public void remove(String slot) throws IOException {
        // The sidecar first: without it the map is never offered, even if deleting the map fails.
        Files.deleteIfExists(sidecarFile(slot));
        Files.deleteIfExists(mapFile(slot));
    }

    /** Whether this slot holds a map now. */
    public boolean holds(String slot) {
        return Files.exists(sidecarFile(slot));
    }

    /**
     * The maps left by runs no longer alive, oldest first. A file that cannot be read is logged and
     * left out: a damaged recovery file must never stop the editor from starting.
     */
    public List<RecoveredMap> orphans() throws IOException {
        List<RecoveredMap> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path sidecar : files.filter(f -> f.getFileName().toString().endsWith(SIDECAR_SUFFIX)).toList()) {
                String key = nameWithout(sidecar, SIDECAR_SUFFIX);
                String run = key.substring(0, Math.max(0, key.indexOf('-')));
                if (!run.equals(runId) && !isAlive(run)) {
                    read(key).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(RecoveredMap::written));
        return found;
    }

    /**
     * Removes a recovered map for good (restored into a window, or discarded), and once its dead run
     * has no map left, the temporary files of writes the kill cut short and the run's lock.
     */
    public void discard(RecoveredMap recovered) throws IOException {
        remove(recovered.key());
        String run = recovered.key().substring(0, recovered.key().indexOf('-'));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            if (names.stream().noneMatch(name -> name.startsWith(run + "-"))) {
                removeRemainsOf(run, names);
            }
        }
    }

    /** A dead run's temporary files (a write killed half-way leaves one), then its lock. */
    private void removeRemainsOf(String run, List<String> names) throws IOException {
        for (String name : names) {
            if (name.startsWith("." + run + "-") && name.endsWith(".tmp")) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
        Files.deleteIfExists(lockFile(folder, run));
    }

    /** A clean quit: this run's files go, then its lock. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(runId + "-")
                    || f.getFileName().toString().startsWith("." + runId + "-")).toList()) {
                Files.deleteIfExists(file);
            }
        }
        abandon();
        Files.deleteIfExists(lockFile(folder, runId));
    }

    /**
     * Lets go of the run's lock and leaves its files, which is what the operating system does when
     * the process is killed; tests use it to stand for a crash within one JVM.
     */
    public void abandon() throws IOException {
        LIVE_HERE.remove(runId);
        if (lock.isValid()) {
            lock.release();
        }
        lockChannel.close();
    }

    private Optional<RecoveredMap> read(String key) {
        try {
            Properties sidecar = new Properties();
            sidecar.load(new StringReader(Files.readString(folder.resolve(key + SIDECAR_SUFFIX))));
            String original = sidecar.getProperty("original");
            Instant written = Instant.parse(sidecar.getProperty("written"));
            ArgumentMap map = format.read(folder.resolve(key + MAP_SUFFIX)).map();
            return Optional.of(new RecoveredMap(key, Optional.ofNullable(original).map(Path::of),
                    sidecar.getProperty("title", ""), written, map));
        } catch (IOException | MapReadException | RuntimeException e) {
            LOG.log(Level.WARNING, "Skipping recovery file " + folder.resolve(key + MAP_SUFFIX) + ": " + e, e);
            return Optional.empty();
        }
    }

    /** A run is alive while someone holds its lock; a run without a lock file left nothing to guard. */
    private boolean isAlive(String run) {
        Path file = lockFile(folder, run);
        if (LIVE_HERE.contains(run)) {
            return true;
        }
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM: another window's store, alive.
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot tell whether run " + run + " is alive; leaving its files alone", e);
            return true;
        }
    }

    private Path mapFile(String slot) {
        return folder.resolve(slot + MAP_SUFFIX);
    }

    private Path sidecarFile(String slot) {
        return folder.resolve(slot + SIDECAR_SUFFIX);
    }

    private static Path lockFile(Path folder, String run) {
        return folder.resolve("run-" + run + ".lock");
    }

    private static String nameWithout(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
