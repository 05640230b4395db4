package org.whytheyleft.preview;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.whytheyleft.SiteBuild;
import org.whytheyleft.config.SiteAddress;
import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.CommandExit;
import org.whytheyleft.core.Problem;
import org.whytheyleft.publish.SiteOutput;
import org.whytheyleft.translation.TranslationStatus;

/**
 * Builds the site, serves it on http://localhost:8820/, warms up, and rebuilds it whenever something under
 * {@code content/}, {@code templates/} or {@code assets/} changes. A failed rebuild prints its problems and keeps
 * serving the last good site. Ctrl-C stops it. {@code -Dpreview.port=...} chooses another port.
 *
 * <p>In the browser, and in the responses only: while the last build failed, every page shows its problems at the
 * top ({@link ProblemBanner}), and an open page reloads itself after every build ({@link PreviewPage},
 * {@link BuildEvents}). The preview's own files live under {@code _preview/}; nothing of them is ever built.
 *
 * <p>Each build goes into one of two folders under {@code target/preview/}, taking turns, and the server switches
 * to it only once it is complete: a reader of the preview never gets a 404 from a half-replaced site. No error
 * ends the watching: it is printed, and the next save is built.
 */
public final class Preview {

    /** How long the preview may warm up before it watches, at most. */
    private static final int WARM_UP_BUILDS = 10;
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private final SiteBuild build;
    private final List<Path> folders;
    private final AtomicReference<Path> served = new AtomicReference<>();
    /** The translation status of the served site, for {@link TranslationsPage}. */
    private final AtomicReference<TranslationStatus> translations = new AtomicReference<>();
    private final Path warmUpOutput;
    private final String siteUrl;
    private final Path project;
    private final Builds builds = new Builds();

    /** The folder being served: the last site that built completely. */
    Path served() {
        return served.get();
    }

    Preview(Path project, int port) {
        this.project = project;
        this.build = new SiteBuild(project);
        this.folders = List.of(project.resolve("target/preview/one"), project.resolve("target/preview/two"));
        this.served.set(folders.get(1));
        this.warmUpOutput = project.resolve("target/preview-warm-up");
        this.siteUrl = "http://localhost:" + port + "/";
    }

    /** Usage: {@code Preview <project folder>}; {@code -Dpreview.port=...} chooses the port. */
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int port = Integer.getInteger("preview.port", 8820);
        Preview preview = new Preview(project, port);
        HttpServer server;
        try {
            server = listen(port);
        } catch (BindException e) {
            throw CommandExit.failed(e.getMessage(), e);
        }
        preview.rebuild();
        preview.mount(server, "/");
        server.start();
        List<Path> sources = List.of(project.resolve("content"), project.resolve("templates"),
                project.resolve("assets"));
        try (SourceWatcher watcher = new SourceWatcher(sources)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            preview.warmUp();
            System.out.println("Preview at " + preview.siteUrl + " (watching content/, templates/, assets/;"
                    + " Ctrl-C stops)");
            watcher.run(preview::rebuild);
        }
    }

    /**
     * A server on the port of this machine's loopback address (0: any free one), served by a bounded pool of threads
     * ({@link PreviewServer}); a taken port is named, with the fix.
     */
    static HttpServer listen(int port) throws IOException {
        try {
            return PreviewServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (BindException e) {
            throw new BindException("Port " + port + " is already in use, perhaps by another preview. Stop that,"
                    + " or choose another port: ./mvnw -q compile exec:java@preview -Dpreview.port=" + (port + 1));
        }
    }

    /**
     * Serves the site under {@code basePath} (starting and ending with {@code /}, such as {@code /repo-name/}),
     * and the preview's own files and events under {@code basePath + "_preview/"}. Call before the server starts.
     */
    void mount(HttpServer server, String basePath) {
        String reserved = basePath + PreviewPage.RESERVED;
        server.createContext(basePath, new StaticSite(served::get, basePath, new PreviewPage(builds, project,
                basePath)));
        server.createContext(reserved, new PreviewFiles(reserved));
        server.createContext(reserved + PreviewPage.EVENTS, new BuildEvents(builds, reserved + PreviewPage.EVENTS));
        server.createContext(reserved + TranslationsPage.NAME, new TranslationsPage(translations::get));
    }

    /**
     * A fresh JVM rebuilds in seconds until its JIT compiler has compiled the build; a few silent builds into
     * {@code target/preview-warm-up} before the first edit bring a rebuild down to a few hundred milliseconds.
     * Files saved meanwhile wait in the watcher and are built right after.
     */
    private void warmUp() {
        long until = System.nanoTime() + WARM_UP_NANOS;
        try {
            for (int i = 0; i < WARM_UP_BUILDS && System.nanoTime() < until; i++) {
                build.build(warmUpOutput, siteUrl, SiteAddress.Purpose.PREVIEW);
            }
        } catch (BuildFailure | IOException | RuntimeException e) {
            // the first build already reported the problem; the preview serves what it has
        }
        try {
            new SiteOutput(project.resolve("target")).delete(warmUpOutput);
        } catch (IOException e) {
            // left in target/, where the next warm-up replaces it
        }
    }

    /**
     * Builds into the folder not being served and switches to it when done; records the outcome for the pages and
     * their events; prints, never throws. The folder switches before the build is announced, so a page that learns
     * of a build is always served by it (or a later one).
     */
    void rebuild() {
        Path next = served.get().equals(folders.get(0)) ? folders.get(1) : folders.get(0);
        try {
            SiteBuild.Report report = build.build(next, siteUrl, SiteAddress.Purpose.PREVIEW);
            served.set(next);
            builds.record(List.of());
            System.out.printf(Locale.ROOT, "Baked %d pages in %.1f s%n", report.pages(), report.millis() / 1000.0);
            if (!report.ignoredNote().isEmpty()) {
                System.out.println(report.ignoredNote());
            }
            translations.set(report.translations());
            report.translations().lines().forEach(System.out::println);
        } catch (BuildFailure e) {
            builds.record(e.problems());
            System.err.println(e.getMessage());
            System.err.println("Still serving the last site that built.");
        } catch (IOException | RuntimeException | Error e) {
            // Whatever went wrong, even an error of the JVM, the preview keeps watching: the next save may fix it.
            builds.record(List.of(Problem.ofFile(Path.of(""), "The site was not built: " + e + ".",
                    "save again to rebuild.")));
            System.err.println("The site was not built: " + e + ". Still serving the last site that built;"
                    + " save again to rebuild.");
        }
    }
}
