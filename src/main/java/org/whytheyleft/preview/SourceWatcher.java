package org.whytheyleft.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.methvin.watcher.DirectoryWatcher;

/**
 * Watches the source folders (never {@code target/}, which the build writes, so no rebuild loop) and calls back
 * once per burst of changes: an editor's save often touches a file several times within milliseconds. The watching
 * is directory-watcher's: the operating system's own notifications on Linux, Windows and macOS, where the JDK's
 * watcher would only poll every few seconds.
 */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 80;

    /** {@code true} for a change, {@code false} once the watcher is closed. */
    private final BlockingQueue<Boolean> changes = new LinkedBlockingQueue<>();
    private final DirectoryWatcher watcher;

    SourceWatcher(List<Path> folders) throws IOException {
        this.watcher = DirectoryWatcher.builder()
                .paths(folders.stream().filter(Files::isDirectory).toList())
                .listener(event -> changes.add(Boolean.TRUE))
                .fileHashing(false)
                .build();
        watcher.watchAsync();
    }

    /** Blocks, calling {@code onChange} after each burst of changes, until closed. */
    void run(Runnable onChange) throws InterruptedException {
        while (changes.take()) {
            for (Boolean more = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                 more = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!more) {
                    return;
                }
            }
            onChange.run();
        }
    }

    @Override
    public void close() throws IOException {
        changes.add(Boolean.FALSE);
        watcher.close();
    }
}
