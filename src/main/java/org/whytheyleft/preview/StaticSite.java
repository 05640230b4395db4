package org.whytheyleft.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.whytheyleft.core.FileNames;
import org.whytheyleft.core.SiteFiles;

/**
 * Serves a baked site the way GitHub Pages does: under a base path, {@code index.html} for a folder, a redirect
 * from {@code /folder} to {@code /folder/}, the site's {@code 404.html} with status 404 for anything else, paths
 * matched case-sensitively, and no folder listings. Reads the folder on every request, so a rebuild shows at once.
 */
public final class StaticSite implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("pdf", "application/pdf"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final Supplier<Path> roots;
    private final String basePath;

    /**
     * @param root     the baked site
     * @param basePath where it is served, starting and ending with {@code /} (e.g. {@code /repo-name/})
     */
    public StaticSite(Path root, String basePath) {
        this(() -> root, basePath);
    }

    /**
     * @param roots    the folder of the site to serve, asked once per request, so that the preview can switch to a
     *                 newly built site between requests, never during one
     * @param basePath where it is served, starting and ending with {@code /} (e.g. {@code /repo-name/})
     */
    public StaticSite(Supplier<Path> roots, String basePath) {
        this.roots = roots;
        this.basePath = basePath;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path root = roots.get().toAbsolutePath().normalize();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (!path.startsWith(basePath)) {
                notFound(exchange, root);
                return;
            }
            Path file = root.resolve(path.substring(basePath.length())).normalize();
            if (!file.startsWith(root) || !exactCase(root, file)) {
                notFound(exchange, root);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange, root);
                return;
            }
            send(exchange, 200, typeOf(file), Files.readAllBytes(file));
        }
    }

    private static void notFound(HttpExchange exchange, Path root) throws IOException {
        Path page = root.resolve(SiteFiles.NOT_FOUND);
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : "Not found".getBytes();
        send(exchange, 404, "text/html; charset=utf-8", body);
    }

    /** Whether every step of the path exists with exactly this case, as on GitHub Pages' case-sensitive hosts. */
    private static boolean exactCase(Path root, Path file) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        return file.toRealPath().equals(root.toRealPath().resolve(root.relativize(file)));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(FileNames.extension(name), "application/octet-stream");
    }
}
