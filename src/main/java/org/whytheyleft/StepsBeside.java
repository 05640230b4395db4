package org.whytheyleft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.whytheyleft.core.Parallel;

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
        Parallel.await(steps);
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
