package org.whytheyleft;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Build steps that need only the checked site, run one after the other on a thread of their own while the main
 * thread bakes: the machine's other core is otherwise idle for much of the bake. Closing waits for every step,
 * so that a failed bake never deletes its folder under a step still writing into it.
 */
final class StepsBeside implements AutoCloseable {

    /** One step that writes into the site. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "build-steps-beside");
        worker.setDaemon(true);
        return worker;
    });
    private final List<Future<?>> steps = new ArrayList<>();

    void start(Step step) {
        steps.add(thread.submit(() -> {
            step.run();
            return null;
        }));
    }

    /** Waits for every step started; throws what the first failed step threw. */
    void finish() throws IOException {
        for (Future<?> step : steps) {
            try {
                step.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while writing the site.");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a step is still writing; the folder must not be deleted under it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
