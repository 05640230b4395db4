package org.whytheyleft.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 * Only files inside the folder are served: a path that leaves it ({@code ..}, encoded or not), that names a file in
 * other capitals, or that the file system cannot take (a NUL, a name too long) gets the 404 page. The folder may
 * be a symbolic link, as {@code target/site} is: what is inside is the folder it links to.
 */
public final class StaticSite implements HttpHandler {

    /**
     * What a server may do to each HTML page it answers with, the 404 page included, in the response only (the
     * file stays as it was built).
     */
    @FunctionalInterface
    public interface PageRewrite {

        /** Serves every page as it was built. */
        PageRewrite NONE = (page, host) -> page;

        /**
         * @param page the page's bytes (UTF-8)
         * @param host the request's {@code Host} header, empty when it had none
         * @return the bytes to send
         */
        byte[] rewrite(byte[] page, String host) throws IOException;
    }

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
    private final PageRewrite rewrite;

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
        this(roots, basePath, PageRewrite.NONE);
    }

    /**
     * @param roots    as above
     * @param basePath as above
     * @param rewrite  what to do to every HTML page in the response, such as the preview's banner and reload
     */
    public StaticSite(Supplier<Path> roots, String basePath, PageRewrite rewrite) {
        this.roots = roots;
        this.basePath = basePath;
        this.rewrite = rewrite;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path root = pinned(roots.get());
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
            Path file = inside(root, path.substring(basePath.length()));
            if (file == null || !exactCase(root, file)) {
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
            String type = typeOf(file);
            send(exchange, 200, type, html(exchange, type, Files.readAllBytes(file)));
        }
    }

    /**
     * The real folder of the site, resolved once for the whole request: a site whose path is a link switched to a
     * new version by a build ({@code publish.SiteOutput}) serves each request from one version, old or new.
     */
    private static Path pinned(Path root) throws IOException {
        Path path = root.toAbsolutePath().normalize();
        return Files.isDirectory(path) ? path.toRealPath() : path;
    }

    /** The file a path names under the root, or {@code null} when it leaves the root or cannot be a file name. */
    private static Path inside(Path root, String relative) {
        try {
            Path file = root.resolve(relative).normalize();
            return file.startsWith(root) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void notFound(HttpExchange exchange, Path root) throws IOException {
        Path page = root.resolve(SiteFiles.NOT_FOUND);
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                : "Not found".getBytes(StandardCharsets.UTF_8);
        String type = "text/html; charset=utf-8";
        send(exchange, 404, type, html(exchange, type, body));
    }

    private byte[] html(HttpExchange exchange, String type, byte[] body) throws IOException {
        if (!type.startsWith("text/html")) {
            return body;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        return rewrite.rewrite(body, host == null ? "" : host);
    }

    /** Whether every step of the path exists with exactly this case, as on GitHub Pages' case-sensitive hosts. */
    private static boolean exactCase(Path root, Path file) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        return file.toRealPath().equals(root.toRealPath().resolve(root.relativize(file)));
    }

    /** Answers with a whole body, never cached: a rebuild must show at the next request. */
    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
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
