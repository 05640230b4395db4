package org.whytheyleft;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.whytheyleft.core.Parallel;

/**
 * A build step started on a thread of its own before its result is needed, so that it runs on the machine's other
 * core while the main thread checks the rest of the site: the leaflets need only the site model and the messages,
 * and their first one loads the template engine, which the page bodies' check does not. Nothing it makes is written
 * until {@link #get()} hands it over; a build that fails first {@linkplain #cancel() cancels} it.
 *
 * @param <T> what the step makes
 * @param <E> the checked exception it throws besides {@link IOException}
 */
final class Ahead<T, E extends Exception> {

    /** The step; may throw {@code E} or an {@link IOException}. */
    @FunctionalInterface
    interface Step<T, E extends Exception> {
        T make() throws E, IOException;
    }

    private final FutureTask<T> task;
    private final Thread thread;

    private Ahead(Step<T, E> step, String name) {
        this.task = new FutureTask<>(step::make);
        this.thread = new Thread(task, name);
        thread.setDaemon(true);
    }

    /** Starts {@code step} on a daemon thread named {@code name}. */
    static <T, E extends Exception> Ahead<T, E> start(String name, Step<T, E> step) {
        Ahead<T, E> ahead = new Ahead<>(step, name);
        ahead.thread.start();
        return ahead;
    }

    /** Waits for the step and returns what it made, or throws what it threw. */
    @SuppressWarnings("unchecked")
    T get() throws E, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while the build was running.");
        } catch (ExecutionException e) {
            // Step.make throws only E besides what unwrap throws itself.
            throw (E) Parallel.unwrap(e);
        }
    }

    /**
     * The build stopped before it needed the result: interrupts the step and waits for it to end, so that nothing
     * of a failed build (such as a leaflet cache entry) is still being written after the build returned.
     */
    void cancel() {
        task.cancel(true);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
