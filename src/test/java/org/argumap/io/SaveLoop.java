package org.argumap.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The program {@link AtomicSaveKillIT} kills: it saves the old and the new content of one file in
 * turn, for ever, as the editor would save a map again and again. A program with a {@code main},
 * not a test.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** @param args the file to save, and the size of each content in bytes */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        byte[][] contents = {content(0, size), content(1, size)};
        System.out.println("saving");
        System.out.flush();
        for (int turn = 1; ; turn++) {
            AtomicFiles.write(target, contents[turn % 2]);
        }
    }

    /** Version 0 (old) or 1 (new): different in every part, so any mixture of the two shows. */
    static byte[] content(int version, int size) {
        byte[] bytes = new byte[size];
        new Random(version).nextBytes(bytes);
        return bytes;
    }
}
