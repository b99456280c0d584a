package org.argumap.layout;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A thread with a stack large enough for ELK. ELK's layered algorithm recurses in proportion to
 * the size of the graph in some of its phases, and overflows the default 512 KB–1 MB stack at
 * around 10,000 boxes; a thread's stack size can only be chosen when the thread is created.
 * The stack is reserved address space, committed only as deep as it is used.
 */
final class LayoutThread extends Thread {
    /** 256 MB: measured ELK layered on 10,000 boxes needs far less; this leaves room for larger graphs. */
    static final long STACK_BYTES = 256L << 20;

    LayoutThread(Runnable work, String name) {
        super(null, work, name, STACK_BYTES);
        setDaemon(true);
    }

    /**
     * Runs the work on a layout thread: here if this already is one, else on a fresh one that
     * the caller waits for, so that a deep layout called from any thread does not overflow.
     */
    static <T> T callWithLargeStack(Supplier<T> work) {
        if (Thread.currentThread() instanceof LayoutThread) {
            return work.get();
        }
        FutureTask<T> task = new FutureTask<>(work::get);
        LayoutThread thread = new LayoutThread(task, "argumap-layout-once");
        thread.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the layout", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
