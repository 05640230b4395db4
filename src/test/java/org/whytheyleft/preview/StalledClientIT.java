package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that send half a request and wait never keep the preview from serving everyone else. */
class StalledClientIT {

    @TempDir
    Path site;

    @Test
    void servesAPageWhileOneClientHasSentHalfARequest() throws Exception {
        assertServedWhileStuck(1, Duration.ofSeconds(3));
    }

    @Test
    void servesAPageWhileMoreClientsAreStuckThanThereAreThreads() throws Exception {
        assertServedWhileStuck(PreviewServer.THREADS * 2, Duration.ofSeconds(PreviewServer.REQUEST_SECONDS * 4L));
    }

    private void assertServedWhileStuck(int stuck, Duration within) throws Exception {
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>t</title><p>served");
        HttpServer server = PreviewServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.createContext("/", new StaticSite(site, "/"));
        server.start();
        List<Socket> clients = new ArrayList<>();
        try {
            int port = server.getAddress().getPort();
            for (int i = 0; i < stuck; i++) {
                Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
                OutputStream out = client.getOutputStream();
                out.write("GET /index.ht".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                clients.add(client);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(within).build();
            HttpResponse<String> response = assertTimeoutPreemptively(within.plusSeconds(1),
                    () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
            assertEquals(200, response.statusCode());
            assertEquals("<!doctype html><title>t</title><p>served", response.body());
        } finally {
            for (Socket client : clients) {
                client.close();
            }
            server.stop(0);
        }
    }
}
