package org.argumap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * What a file was like when Argumap last read or wrote it. The content's hash is kept so that a
 * touch, a copy that keeps the bytes, or a sync tool rewriting the same file is not taken for a
 * change; the time and size let the usual case (nothing happened) go without reading the file.
 * A stamp whose hash could not be trusted (the file changed while it was hashed) has none, and
 * then any other time counts as a change.
 */
public final class FileStamp {
    private final long modifiedMillis;
    private final long size;
    private final byte[] sha256;

    private FileStamp(long modifiedMillis, long size, byte[] sha256) {
        this.modifiedMillis = modifiedMillis;
        this.size = size;
        this.sha256 = sha256;
    }

    /** The file as it is now; empty if there is no such file. */
    public static Optional<FileStamp> of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(attributes.lastModifiedTime().toMillis(), attributes.size(), hash(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * As {@link #of}, with the time and size taken now, before the caller reads the file, and the
     * hash worked out by {@code hashing} meanwhile: hashing a large map's file takes a third of a
     * second that the reading need not wait for. Should the file change before the hash is done,
     * the hash might be of bytes newer than those the caller read, and would hide the change: the
     * stamp then has no hash, and the next look at the file counts its new time as a change.
     */
    public static CompletableFuture<Optional<FileStamp>> ofConcurrently(Path file, Executor hashing) throws IOException {
        BasicFileAttributes before;
        try {
            before = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        long modified = before.lastModifiedTime().toMillis();
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] sha256 = hash(file);
                BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
                boolean settled = after.size() == before.size() && after.lastModifiedTime().toMillis() == modified;
                return Optional.of(new FileStamp(modified, before.size(), settled ? sha256 : null));
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, hashing);
    }

    /**
     * Whether the file now holds other bytes than when this stamp was taken; false when it is gone,
     * which {@link #of} tells apart.
     */
    public boolean differsFrom(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (now.size() != size) {
            return true;
        }
        return now.lastModifiedTime().toMillis() != modifiedMillis && (sha256 == null || !Arrays.equals(hash(file), sha256));
    }

    private static byte[] hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && size == that.size && Arrays.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, Arrays.hashCode(sha256));
    }

}
