package org.argumap.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a save failed, in the words a user acts on. Java reports a full disk as an IOException whose
 * message is the operating system's text, and a refused write as an AccessDeniedException whose
 * message is only the path: neither tells a student whether to free space, pick another folder or
 * ask the owner of a shared drive.
 */
public final class SaveFailures {
    private SaveFailures() {
    }

    /**
     * "pets.argumap.json could not be saved: the disk is full.", then the full path and the system's
     * own words, for whoever helps the user.
     */
    public static String explain(Path file, Exception failure) {
        Path absolute = file.toAbsolutePath();
        if (failure instanceof UnreadableOutputException) {
            // Argumap's own refusal: there are no system's words to add.
            return absolute.getFileName() + " could not be saved: " + failure.getMessage() + ".\n\nFile: " + absolute;
        }
        return absolute.getFileName() + " could not be saved: " + reason(absolute, failure) + "."
                + "\n\nFile: " + absolute + "\nThe system said: " + systemText(failure);
    }

    /** "the disk is full", "the folder is read-only", "permission denied", … */
    public static String reason(Path file, Exception failure) {
        String text = allText(failure).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota")
                || text.contains("disk full") || text.contains("there is not enough space")) {
            return "the disk is full";
        }
        if (text.contains("read-only file system")) {
            return "the drive is read-only";
        }
        if (failure instanceof AccessDeniedException || text.contains("permission denied")
                || text.contains("access is denied")) {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
                return "the folder is read-only";
            }
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (Files.isDirectory(file)) {
            return "there is a folder of that name";
        }
        return systemText(failure);
    }

    /**
     * A failed write in the system's own words: Java's file exceptions carry only the path as their
     * message, so the kind of failure is spelled out.
     */
    public static String systemText(Exception failure) {
        if (failure instanceof FileSystemException fse) {
            String reason = fse.getReason() != null ? fse.getReason()
                    : failure instanceof AccessDeniedException ? "Permission denied"
                    : failure instanceof NoSuchFileException ? "No such file or folder"
                    : failure.getClass().getSimpleName();
            return reason + ": " + fse.getFile();
        }
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    /** The messages of the failure and its causes: a full disk may surface wrapped. */
    private static String allText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(' ');
            if (t instanceof FileSystemException fse && fse.getReason() != null) {
                text.append(fse.getReason()).append(' ');
            }
        }
        return text.toString();
    }
}
