package org.whytheyleft.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work spread over every core, and the one place that turns a failed task back into the exception it threw: the
 * build is mostly independent pages and files, and a two-core machine otherwise idles half of the time.
 */
public final class Parallel {

    /** Work on one item; may throw what the step it belongs to throws. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    /**
     * Stack for each worker: the Markdown reader and the template engine recurse once per level of nesting, and
     * the JVM's default (often 1 MiB for threads it makes) fails on pages that are deep but still within the
     * limits the build checks, with a message that could only guess at the cause.
     */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;

    private Parallel() {
    }

    /**
     * Runs {@code task} for every item on a pool as large as the machine's cores (never larger than the work), and
     * returns when all are done.
     *
     * @throws IOException the first failure of a task, in the order of the items; an unchecked one is rethrown
     */
    public static <T> void forEach(Collection<T> items, Task<T> task) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(),
                Runtime.getRuntime().availableProcessors()), Parallel::worker);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> {
                    task.run(item);
                    return null;
                }));
            }
            await(running);
        } finally {
            pool.shutdown();
        }
    }

    private static Thread worker(Runnable work) {
        Thread thread = new Thread(null, work, "build-worker", WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Waits for every future, in order.
     *
     * @throws IOException what the first failed task threw, an {@link InterruptedIOException} if this thread was
     *                     interrupted; an unchecked failure is rethrown as it is
     */
    public static void await(List<? extends Future<?>> futures) throws IOException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while the build was running.");
            } catch (ExecutionException e) {
                throw new UncheckedIOException(new IOException(unwrap(e)));
            }
        }
    }

    /**
     * Throws what a task threw when it is an {@link IOException} or unchecked, as it is; returns any other cause, a
     * checked exception of the task's own, for the caller to throw as its type.
     */
    public static Throwable unwrap(ExecutionException e) throws IOException {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause;
    }
}
