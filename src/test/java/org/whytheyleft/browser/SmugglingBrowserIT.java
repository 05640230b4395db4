package org.whytheyleft.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.preview.StaticSite;

/**
 * A page full of near misses that the build accepts, because each is text and not markup (escaped tags, code,
 * comments, bracketed words, the few raw elements allowed), opened in headless Chromium with JavaScript on: it
 * stays where it is (no redirect), runs no script, has no form, and shows the smuggled tags as the text they are.
 * What the build refuses is proven by the bad-input corpus.
 */
class SmugglingBrowserIT {

    private static final String NEAR_MISSES = """

            Ze schreven &lt;meta http-equiv="refresh" content="0;url=https://evil.example/"&gt; in een bericht.

            Een codevoorbeeld: `<script>alert(1)</script>` en `<form action="https://evil.example/">`.

            ```
            <meta http-equiv="refresh" content="0;url=https://evil.example/">
            <img src=x onerror=alert(1)>
            ```

            <!-- <script>alert(1)</script> -->

            > "De emirs [van IS] logen" [sic], zei hij.
            >
            > — een overloper

            <details><summary>Meer over <abbr title="Islamische Staat">IS</abbr></summary>
            Een <span lang="en">defector</span> vertelde het<sup>1</sup>.
            </details>
            """;

    private static Chromium chromium;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws IOException {
        if (Chromium.installed()) {
            chromium = Chromium.start(FixtureProject.PROJECT.resolve("target"));
        }
    }

    @BeforeEach
    void browserIsInstalled() {
        Chromium.requireInstalled();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aPageOfNearMissesRedirectsNowhereRunsNoScriptAndHasNoForm() throws Exception {
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        Files.writeString(project.resolve("content/nl/eerste.md"), NEAR_MISSES, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path site = project.resolve("target/site");
        new SiteBuild(project).build(site, null);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(site, "/"));
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/nl/eerste/";
            chromium.beforeEveryPage("window.__alerts = 0; window.alert = () => { window.__alerts++; };");
            chromium.driver().get(address);
            Thread.sleep(1500);

            assertEquals(address, chromium.driver().getCurrentUrl(), "no redirect");
            assertEquals(0L, count("script:not([type=\"application/ld+json\"])"),
                    "no script but the page's structured data");
            assertEquals(0L, count("form, input, button, textarea, base, iframe, object, embed"), "no form or frame");
            assertEquals(0L, count("meta[http-equiv=refresh i]"), "no refresh");
            assertEquals(0L, chromium.driver().executeScript("return window.__alerts;"), "nothing ran");
            String text = (String) chromium.driver().executeScript("return document.querySelector('main').innerText;");
            for (String shown : List.of("<meta http-equiv=\"refresh\"", "<script>alert(1)</script>", "[van IS]",
                    "[sic]", "<img src=x onerror=alert(1)>")) {
                assertTrue(text.contains(shown), "'" + shown + "' is shown as text in: " + text);
            }
        } finally {
            server.stop(0);
        }
    }

    private static long count(String selector) {
        return (Long) chromium.driver().executeScript("return document.querySelectorAll(arguments[0]).length;",
                selector);
    }
}
