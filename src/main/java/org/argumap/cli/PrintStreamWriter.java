package org.argumap.cli;

import java.io.PrintStream;
import java.io.Writer;

/**
 * A Writer onto a PrintStream that lets the stream do the encoding. picocli wants PrintWriters, and
 * wrapping the stream's bytes in a new PrintWriter would encode in the platform charset instead of
 * the stream's own, garbling non-ASCII statement texts whenever the two differ.
 */
final class PrintStreamWriter extends Writer {
    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        stream.print(new String(chars, offset, length));
    }

    @Override
    public void flush() {
        stream.flush();
    }

    /** The stream belongs to the caller (it is often System.out), so closing only flushes. */
    @Override
    public void close() {
        stream.flush();
    }
}
