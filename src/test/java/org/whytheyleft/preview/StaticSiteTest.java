package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {

    @TempDir
    Path temp;

    @Test
    void servesTheOldSiteUntilTheNewOneIsSwitchedIn() throws Exception {
        Path old = site("old", "oud");
        Path fresh = temp.resolve("fresh");
        AtomicReference<Path> served = new AtomicReference<>(old);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(served::get, "/"));
        server.start();
        try {
            URI page = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nl/");
            Files.createDirectories(fresh.resolve("nl"));
            assertEquals("oud", get(page), "a half-built new site is not served");

            Files.writeString(fresh.resolve("nl/index.html"), "nieuw");
            served.set(fresh);

            assertEquals("nieuw", get(page));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPathOutsideTheFolderOrNoFileNameAtAllGetsTheNotFoundPageAndOnlyPagesAreRewritten() throws Exception {
        Path root = site("site", "<p>pagina</p>");
        Files.writeString(root.resolve("404.html"), "<p>weg</p>");
        Files.writeString(root.resolve("nl/site.css"), "p {}");
        Files.writeString(temp.resolve("secret.txt"), "geheim");
        StaticSite.PageRewrite marked = (page, host) -> ("[" + host + "]" + new String(page)).getBytes();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(() -> root, "/", marked));
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals("[127.0.0.1:" + server.getAddress().getPort() + "]<p>pagina</p>",
                    get(URI.create(origin + "/nl/")));
            assertEquals("p {}", get(URI.create(origin + "/nl/site.css")), "only HTML is rewritten");
            for (String outside : List.of("/../secret.txt", "/nl/%2e%2e/%2e%2e/secret.txt", "/nl/%00",
                    "/" + "a".repeat(300) + "/")) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(origin + outside)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, answer.statusCode(), outside);
                assertTrue(answer.body().endsWith("<p>weg</p>"), outside + " gets the 404 page, rewritten");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSiteThatIsALinkIsServedFromTheFolderItLinksToAndNothingBesideIt() throws Exception {
        Path version = site(".site-v-1", "<p>pagina</p>");
        Files.writeString(version.resolve("404.html"), "<p>weg</p>");
        Path next = site(".site-v-2", "<p>nieuw</p>");
        Path link = Files.createSymbolicLink(temp.resolve("site"), version.getFileName());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(link, "/"));
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals("<p>pagina</p>", get(URI.create(origin + "/nl/")));
            for (String outside : List.of("/../.site-v-2/nl/index.html", "/nl/%2e%2e/%2e%2e/.site-v-2/nl/",
                    "/../site/nl/index.html")) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(origin + outside)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, answer.statusCode(), outside);
                assertEquals("<p>weg</p>", answer.body(), outside + " gets the 404 page");
            }

            Path switching = Files.createSymbolicLink(temp.resolve(".site-link-2"), next.getFileName());
            Files.move(switching, link, StandardCopyOption.ATOMIC_MOVE);

            assertEquals("<p>nieuw</p>", get(URI.create(origin + "/nl/")), "the next request sees the new site");
        } finally {
            server.stop(0);
        }
    }

    private Path site(String name, String text) throws IOException {
        Path root = Files.createDirectories(temp.resolve(name).resolve("nl"));
        Files.writeString(root.resolve("index.html"), text);
        return temp.resolve(name);
    }

    private static String get(URI page) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
