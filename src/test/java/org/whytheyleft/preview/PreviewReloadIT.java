package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebDriverException;

import org.whytheyleft.browser.Chromium;

/**
 * Live reload under a sub-path, as a GitHub Pages project site is served: the page names its build and loads the
 * reload script from the preview's reserved folder inside the sub-path, its policy lets exactly that script run,
 * the events announce the next build after a save, and in Chromium an open page reloads itself at the same
 * scroll position.
 */
class PreviewReloadIT {

    private static final String BASE = "/repo-name/";
    private static final long GIVE_UP_SECONDS = 120;

    @TempDir
    Path temp;

    @Test
    void aPageUnderASubPathLoadsTheReloadScriptWhichOnlyItsPolicyAllows() throws Exception {
        try (RunningPreview preview = new RunningPreview(temp.resolve("project"), BASE)) {
            Document page = Jsoup.parse(preview.get("nl/eerste/").body());
            Element script = page.selectFirst("script[src]");
            assertEquals(BASE + "_preview/reload.js", script.attr("src"));
            assertTrue(script.hasAttr("data-build"));
            String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            String origin = "http://127.0.0.1:" + preview.root.getPort();
            assertTrue(policy.contains("script-src " + origin + BASE + "_preview/reload.js;"), policy);
            assertTrue(policy.contains("connect-src 'self' " + origin + BASE + "_preview/events;"), policy);

            HttpResponse<String> reload = preview.get("_preview/reload.js");
            assertEquals(200, reload.statusCode());
            assertTrue(reload.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertEquals(404, preview.get("_preview/../nl/eerste/").statusCode(), "the reserved folder is a dead end");
            assertEquals(404, preview.get("_preview/nothing.js").statusCode());
        }
    }

    @Test
    void theEventsAnnounceTheNextBuildAfterASave() throws Exception {
        try (RunningPreview preview = new RunningPreview(temp.resolve("project"), BASE)) {
            String shown = Jsoup.parse(preview.get("nl/eerste/").body()).selectFirst("script[src]").attr("data-build");
            HttpResponse<InputStream> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(preview.root.resolve("_preview/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertTrue(events.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(),
                    StandardCharsets.UTF_8))) {
                assertEquals("data: " + shown, nextData(lines), "the stream starts with the build being served");
                Path chapter = preview.project.resolve("content/nl/eerste.md");
                Files.writeString(chapter, Files.readString(chapter) + "\nNog een zin.\n");
                String next = nextData(lines);
                assertNotEquals("data: " + shown, next, "a save announces a new build");
                assertTrue(preview.get("nl/eerste/").body().contains("data-build=\"" + next.substring(6) + "\""),
                        "the page now comes from the build announced");
            }
        }
    }

    @Test
    void anOpenPageReloadsItselfAfterASaveAtTheSameScrollPositionAndAfterABrokenSaveWithTheBanner() throws Exception {
        try (RunningPreview preview = new RunningPreview(temp.resolve("project"), BASE);
             Chromium chromium = Chromium.start(preview.project.resolve("target"))) {
            ChromeDriver browser = chromium.driver();
            chromium.viewport(360, 240, true);
            browser.get(preview.root.resolve("nl/eerste/").toString());
            JavascriptExecutor js = browser;
            long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
            assertTrue(height > 700, "the page scrolls at 240 px high: " + height);
            long scrolled = 300;
            js.executeScript("window.scrollTo({top: " + scrolled + ", behavior: 'instant'})");
            awaitTrue(js, "Math.round(window.scrollY) === " + scrolled, 10);

            Path chapter = preview.project.resolve("content/nl/eerste.md");
            Files.writeString(chapter, Files.readString(chapter)
                    .replace("Dit is het eerste hoofdstuk.", "Dit is het herschreven hoofdstuk."));
            awaitTrue(js, "document.body.innerText.includes('herschreven')", GIVE_UP_SECONDS);
            awaitTrue(js, "Math.round(window.scrollY) === " + scrolled, 10);

            Files.writeString(chapter, Files.readString(chapter) + "\n[kapot](../bestaat-niet.md)\n");
            awaitTrue(js, "document.getElementById('" + ProblemBanner.ID + "') !== null", GIVE_UP_SECONDS);
            assertEquals(java.util.List.of(), chromium.takeConsoleErrors(), "the policy lets the script run");
        }
    }

    /** Waits until a script's expression holds in the page, asking again through reloads. */
    private static void awaitTrue(JavascriptExecutor js, String expression, long seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try {
                if (Boolean.TRUE.equals(js.executeScript("return " + expression))) {
                    return;
                }
            } catch (WebDriverException reloading) {
                // the page went away mid-question: ask the new one
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within " + seconds + " s: " + expression + " (scrollY "
                        + js.executeScript("return window.scrollY") + ")");
            }
            Thread.sleep(100);
        }
    }

    /** The next {@code data:} line of an event stream, within two minutes. */
    private static String nextData(BufferedReader lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data: ")) {
                        return line;
                    }
                }
                throw new AssertionError("the event stream ended");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
    }
}
