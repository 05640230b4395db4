package org.whytheyleft.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.whytheyleft.FourLanguageSite;
import org.whytheyleft.core.FileNames;
import org.whytheyleft.preview.StaticSite;

/**
 * The Arabic and Turkish pages of the four-language fixture, and its entry page with a door per language, in
 * headless Chromium before the real site has them: axe finds no violation at 375 and 1280 px in light and dark
 * mode, nothing scrolls sideways at 320 px (a right-to-left page would stick out on the left), and full-page
 * screenshots at both widths land in {@code target/fixture-screenshots/four-languages/} for people to look at. The real
 * site's pages in every language get the same checks from {@link BrowserIT}.
 */
class FourLanguagesBrowserIT {

    private static final Path TARGET = FourLanguageSite.SITE.getParent();
    /** Beside BrowserIT's {@code target/screenshots/}, which holds the real site's pages and nothing else. */
    private static final Path SCREENSHOTS = org.whytheyleft.FixtureProject.PROJECT
            .resolve("target/fixture-screenshots/four-languages");
    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static HttpServer server;
    private static URI root;
    private static Chromium chromium;
    private static List<String> pages;

    @BeforeAll
    static void start() throws Exception {
        if (!Chromium.installed()) {
            System.err.println("FourLanguagesBrowserIT: " + Chromium.whatIsMissing());
            return;
        }
        Path site = FourLanguageSite.site();
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") && (p.startsWith("ar/") || p.startsWith("tr/")
                            || p.equals("index.html")))
                    .sorted().toList();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(site, "/proef/"));
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/proef/");
        chromium = Chromium.start(TARGET);
        FileNames.deleteTree(SCREENSHOTS);
    }

    @BeforeEach
    void browserIsInstalled() {
        Chromium.requireInstalled();
    }

    @AfterAll
    static void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Test
    void arabicAndTurkishPagesPassAxeOnAPhoneAndADesktopInLightAndDarkAndAreSavedAsScreenshots()
            throws IOException {
        assertTrue(pages.stream().anyMatch(page -> page.startsWith("ar/")), "the fixture has Arabic pages");
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            for (int width : List.of(375, 1280)) {
                for (String scheme : List.of("light", "dark")) {
                    load(page, width, scheme);
                    violations.addAll(axe(page + " at " + width + " px, " + scheme + ": "));
                    if (scheme.equals("light")) {
                        Path file = SCREENSHOTS.resolve(page.replace(".html", "") + "-" + width + ".png");
                        Files.createDirectories(file.getParent());
                        Files.write(file, chromium.fullPageScreenshot());
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(Files.isRegularFile(SCREENSHOTS.resolve("ar/awwal/index-375.png")), "an Arabic chapter on a phone");
        assertTrue(Files.isRegularFile(SCREENSHOTS.resolve("ar/awwal/index-1280.png")), "and on a desktop");
    }

    @Test
    void noArabicOrTurkishPageScrollsSidewaysAt320Pixels() {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            load(page, 320, "light");
            Overflow.sideways(chromium.driver(), page).ifPresent(problems::add);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anArabicPageIsLaidOutFromTheRight() {
        load("ar/awwal/index.html", 375, "light");
        Object direction = chromium.driver().executeScript(
                "return getComputedStyle(document.querySelector('main p')).direction;");
        assertEquals("rtl", direction);
        Object edges = chromium.driver().executeScript("""
                const h1 = document.querySelector('h1');
                const range = document.createRange();
                range.selectNodeContents(h1);
                const text = range.getBoundingClientRect();
                const box = h1.getBoundingClientRect();
                return Math.abs(box.right - text.right) <= 1 && text.left - box.left > 40;
                """);
        assertEquals(Boolean.TRUE, edges, "the title starts at the right edge of the column");
    }

    private static void load(String page, int width, String scheme) {
        chromium.viewport(width, 812, width < 1000);
        chromium.colorScheme(scheme);
        String address = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length())
                : page;
        chromium.driver().get(root.resolve(address).toString());
        chromium.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done(), () => done());");
    }

    private static List<String> axe(String where) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(chromium.driver());
        if (results.isErrored()) {
            return List.of(where + "axe failed: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(where + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return violations;
    }
}
