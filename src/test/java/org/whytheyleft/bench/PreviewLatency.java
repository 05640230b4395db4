package org.whytheyleft.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts the preview ({@code org.whytheyleft.preview.Preview}) on a copy of the real project and a free port of
 * this machine's loopback, then saves one chapter {@code edits} times, each time with a new sentence, and measures
 * from the save to the moment the preview's events ({@code /_preview/events}, which an open page's reload script
 * listens to) announce the new build, and to the moment the preview serves the page with that sentence. Stops the
 * preview it started.
 */
final class PreviewLatency {

    static final String CHAPTER = "content/en/reasons/brutality.md";
    static final String PAGE = "en/reasons/brutality/";
    private static final long GIVE_UP_MILLIS = 60_000;

    private PreviewLatency() {
    }

    /** One edit's latencies in milliseconds: until its build was announced, and until its page was served. */
    record Edit(double announced, double served) {
    }

    /** The latencies, one per edit. */
    static List<Edit> measure(Path project, Path work, String classpath, int edits) throws Exception {
        Path copy = work.resolve("preview/project");
        ProjectFiles.deleteTree(work.resolve("preview"));
        for (String folder : List.of("content", "templates", "assets")) {
            ProjectFiles.copyTree(project.resolve(folder), copy.resolve(folder));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // C1 only, as Maven's JVM runs it (.mvn/jvm.config) for the README's preview command.
        Process preview = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dpreview.port=" + port, "-cp", classpath, "org.whytheyleft.preview.Preview", copy.toString(),
                copy.resolve("target/site").toString()).redirectErrorStream(true).start();
        try {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> echo(preview, ready));
            reader.setDaemon(true);
            reader.start();
            ready.get(GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI page = URI.create("http://127.0.0.1:" + port + "/" + PAGE);
            BlockingQueue<Long> announced = listen(http, URI.create("http://127.0.0.1:" + port + "/_preview/events"));
            Path chapter = copy.resolve(CHAPTER);
            String original = Files.readString(chapter, StandardCharsets.UTF_8);
            List<Edit> latencies = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                Thread.sleep(1500);
                String marker = "Benchmark edit " + i + " at " + System.nanoTime() + ".";
                announced.clear();
                long saved = System.nanoTime();
                Files.writeString(chapter, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                while (!http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                        .body().contains(marker)) {
                    if ((System.nanoTime() - saved) / 1_000_000 > GIVE_UP_MILLIS) {
                        throw new IllegalStateException("The preview did not serve edit " + i + " within a minute.");
                    }
                    Thread.sleep(5);
                }
                double served = (System.nanoTime() - saved) / 1e6;
                Long announcement = announced.poll(GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
                if (announcement == null) {
                    throw new IllegalStateException("The preview's events did not announce edit " + i + ".");
                }
                latencies.add(new Edit((announcement - saved) / 1e6, served));
            }
            return latencies;
        } finally {
            preview.destroy();
            if (!preview.waitFor(10, TimeUnit.SECONDS)) {
                preview.destroyForcibly();
            }
        }
    }

    /**
     * Reads the preview's event stream in the background: the time of every build announced after the first event
     * (the build being served when it connected).
     */
    private static BlockingQueue<Long> listen(HttpClient http, URI events) throws Exception {
        BlockingQueue<Long> announced = new LinkedBlockingQueue<>();
        InputStream stream = http.send(HttpRequest.newBuilder(events).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.startsWith("data: ")) {
                        continue;
                    }
                    long now = System.nanoTime();
                    if (!connected.complete(null)) {
                        announced.add(now);
                    }
                }
            } catch (IOException e) {
                // the preview stopped: the measuring is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        connected.get(GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
        return announced;
    }

    private static void echo(Process preview, CompletableFuture<Void> ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(preview.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("  preview: " + line);
                if (line.startsWith("Preview at")) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("The preview stopped before it served the site."));
    }
}
