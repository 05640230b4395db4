package org.whytheyleft.preview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

import org.whytheyleft.FixtureProject;

/**
 * The preview as {@code Preview.main} runs it, on a copy of the small fixture at {@code folder}, on a free port of
 * the loopback and under {@code basePath}: built once, served, and rebuilt by its watcher on every save.
 */
final class RunningPreview implements AutoCloseable {

    private static final long GIVE_UP_MILLIS = 120_000;

    final Path project;
    final URI root;
    private final HttpServer server;
    private final SourceWatcher watcher;
    private final HttpClient http = HttpClient.newHttpClient();

    RunningPreview(Path folder, String basePath) throws IOException {
        this.project = FixtureProject.copyTo(folder);
        Preview preview = new Preview(project, 8820);
        this.server = Preview.listen(0);
        preview.rebuild();
        preview.mount(server, basePath);
        server.start();
        this.root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
        this.watcher = new SourceWatcher(List.of(project.resolve("content"), project.resolve("templates")));
        Thread watching = new Thread(() -> {
            try {
                watcher.run(preview::rebuild);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "preview-watcher");
        watching.setDaemon(true);
        watching.start();
    }

    /** The answer to {@code path} under the base path, sent as written ({@code ..} included). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(root + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page at {@code path} once it satisfies {@code wanted}, asked again and again until it does. */
    String awaitPage(String path, Predicate<String> wanted, String what) throws Exception {
        long until = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (true) {
            String page = get(path).body();
            if (wanted.test(page)) {
                return page;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("The preview did not serve " + what + " at " + path + " within "
                        + GIVE_UP_MILLIS / 1000 + " s; it serves:\n" + page);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            server.stop(0);
        }
    }
}
