package org.whytheyleft.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the source folders (never {@code target/}, which the build writes, so no rebuild loop) and calls back
 * once per burst of changes: an editor's save often touches a file several times within milliseconds.
 */
final class SourceWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 80;

    private final WatchService service;

    SourceWatcher(List<Path> folders) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            registerTree(folder);
        }
    }

    /** Blocks, calling {@code onChange} after each burst of changes, until closed. */
    void run(Runnable onChange) throws InterruptedException {
        try {
            while (true) {
                WatchKey key = service.take();
                do {
                    try {
                        handle(key);
                    } catch (RuntimeException e) {
                        // A folder deleted while it was being registered: the next change registers again.
                        System.err.println("Cannot watch a changed folder: " + e.getMessage());
                        key.reset();
                    }
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                onChange.run();
            }
        } catch (ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        System.err.println("Cannot watch " + created + ": " + e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
