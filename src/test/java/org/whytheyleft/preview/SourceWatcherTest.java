package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview notices a saved file, also in a folder made after it started, and stops watching when closed. */
class SourceWatcherTest {

    @TempDir
    Path content;

    @Test
    void callsBackAfterASaveAlsoInANewFolderAndStopsWhenClosed() throws Exception {
        Semaphore changes = new Semaphore(0);
        CountDownLatch stopped = new CountDownLatch(1);
        SourceWatcher watcher = new SourceWatcher(List.of(content));
        Thread watching = new Thread(() -> {
            try {
                watcher.run(changes::release);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        });
        watching.start();
        try {
            Files.writeString(content.resolve("over.md"), "title=Over\n");
            assertTrue(changes.tryAcquire(20, TimeUnit.SECONDS), "a saved page is noticed");

            Path folder = Files.createDirectories(content.resolve("redenen"));
            Thread.sleep(500);
            changes.drainPermits();
            Files.writeString(folder.resolve("wreedheid.md"), "title=Wreedheid\n");
            assertTrue(changes.tryAcquire(20, TimeUnit.SECONDS), "a page in a new folder is noticed");
        } finally {
            watcher.close();
        }
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "closing ends the watching");
    }
}
