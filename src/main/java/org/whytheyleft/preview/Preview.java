package org.whytheyleft.preview;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.sun.net.httpserver.HttpServer;

import org.whytheyleft.BuildFailure;
import org.whytheyleft.SiteBuild;

/**
 * Builds the site, serves it on http://localhost:8820/ and rebuilds it whenever something under {@code content/},
 * {@code templates/} or {@code assets/} changes. A failed rebuild prints its problems and keeps serving the last
 * good site. Ctrl-C stops it. {@code -Dpreview.port=...} chooses another port.
 */
public final class Preview {

    private final SiteBuild build;
    private final Path output;
    private final String siteUrl;

    Preview(Path project, Path output, int port) {
        this.build = new SiteBuild(project);
        this.output = output;
        this.siteUrl = "http://localhost:" + port + "/";
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path output = args.length > 1 ? Path.of(args[1]) : project.resolve("target/site");
        int port = Integer.getInteger("preview.port", 8820);
        Preview preview = new Preview(project, output, port);
        preview.rebuild();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", new StaticSite(output, "/"));
        server.start();
        List<Path> sources = List.of(project.resolve("content"), project.resolve("templates"),
                project.resolve("assets"));
        try (SourceWatcher watcher = new SourceWatcher(sources)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            System.out.println("Preview at " + preview.siteUrl + " (watching content/, templates/, assets/;"
                    + " Ctrl-C stops)");
            watcher.run(preview::rebuild);
        }
    }

    private void rebuild() {
        try {
            SiteBuild.Report report = build.build(output, siteUrl);
            System.out.printf(Locale.ROOT, "Baked %d pages in %.1f s%n", report.pages(), report.millis() / 1000.0);
        } catch (BuildFailure e) {
            System.err.println(e.getMessage());
            System.err.println("Still serving the last site that built.");
        } catch (IOException | RuntimeException e) {
            System.err.println("The site was not built: " + e.getMessage());
        }
    }
}
