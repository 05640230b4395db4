package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
