package org.whytheyleft.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the preview's own files under {@code <base>_preview/}, the reload script and the banner's styles, from
 * the classpath, where no build of the site can reach them; any other name there is not found.
 */
final class PreviewFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.of(
            PreviewPage.SCRIPT, "text/javascript; charset=utf-8",
            PreviewPage.STYLES, "text/css; charset=utf-8");

    private final String folder;
    private final Map<String, byte[]> files;

    /** @param folder the path it answers under, such as {@code /_preview/} */
    PreviewFiles(String folder) {
        this.folder = folder;
        this.files = Map.of(PreviewPage.SCRIPT, resource(PreviewPage.SCRIPT),
                PreviewPage.STYLES, resource(PreviewPage.STYLES));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.startsWith(folder) ? path.substring(folder.length()) : "";
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                StaticSite.send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
            } else if (files.containsKey(name)) {
                StaticSite.send(exchange, 200, TYPES.get(name), files.get(name));
            } else {
                StaticSite.send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the preview's classpath resources.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
