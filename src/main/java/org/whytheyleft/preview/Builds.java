package org.whytheyleft.preview;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.whytheyleft.core.Problem;

/**
 * The outcome of the preview's latest build, and a wait for the next one. Ids are the run's start time and a count
 * ({@code lq2x8k.3}): a page left open while the preview was restarted has an id that the new run never hands out,
 * so it reloads. Thread-safe.
 */
final class Builds {

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private long count;
    private BuildState latest = new BuildState(run + ".0", List.of());

    /** Records a build: {@code problems} empty when it built, else what stopped it; wakes every waiter. */
    synchronized BuildState record(List<Problem> problems) {
        count++;
        latest = new BuildState(run + "." + count, problems);
        notifyAll();
        return latest;
    }

    synchronized BuildState latest() {
        return latest;
    }

    /**
     * The latest build once its id differs from {@code seen}, or the latest one (still {@code seen}) after
     * {@code millis}; whichever comes first.
     */
    synchronized BuildState after(String seen, long millis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = millis; latest.id().equals(seen) && left > 0;
             left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
            wait(left);
        }
        return latest;
    }
}
