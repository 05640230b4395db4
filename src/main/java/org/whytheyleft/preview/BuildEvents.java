package org.whytheyleft.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The preview's Server-Sent Events ({@code text/event-stream}) at {@code <base>_preview/events}: the id of the
 * latest build at once, then the id of each build after it, failed or not, one {@code data:} line each. A comment
 * every few seconds finds out a closed tab, whose write then fails and ends its stream; the browser's
 * {@code EventSource} reconnects by itself when the preview restarts. Each open stream holds one of the server's
 * threads.
 */
final class BuildEvents implements HttpHandler {

    private static final long KEEP_ALIVE_MILLIS = 10_000;
    /** How soon a browser reconnects to a restarted preview. */
    private static final int RETRY_MILLIS = 500;

    private final Builds builds;
    private final String path;

    /** @param path the exact path it answers, such as {@code /_preview/events} */
    BuildEvents(Builds builds, String path) {
        this.builds = builds;
        this.path = path;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                StaticSite.send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                StaticSite.send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            BuildState sent = builds.latest();
            write(out, "retry: " + RETRY_MILLIS + "\ndata: " + sent.id() + "\n\n");
            while (true) {
                BuildState next = builds.after(sent.id(), KEEP_ALIVE_MILLIS);
                write(out, next.id().equals(sent.id()) ? ": no new build\n\n" : "data: " + next.id() + "\n\n");
                sent = next;
            }
        } catch (IOException closed) {
            // the tab was closed or reloaded: nobody is listening any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
