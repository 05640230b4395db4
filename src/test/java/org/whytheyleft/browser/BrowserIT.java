package org.whytheyleft.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

import org.whytheyleft.core.FileNames;
import org.whytheyleft.preview.StaticSite;

/**
 * Every HTML page of the baked site in a real browser (headless Chromium): axe-core finds no WCAG 2.2 AA or
 * best-practice violation on a phone (375 px) and a desktop (1280 px), in light and dark mode; no page asks any
 * other host for anything or stores anything in the browser; no page scrolls sideways on a 320 px screen; and a
 * full-page screenshot of each page at both widths lands in {@code target/screenshots/} for people to look at.
 * The checks that need a width and a scheme share one walk over the pages, so that each page loads once for them.
 *
 * <p>The site is served on 127.0.0.1 at the path of the {@code site.url} it was baked for ({@code /} by default,
 * {@code /repo-name/} on GitHub Pages), so that the 404 page, which links from that path, finds its files.
 */
class BrowserIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath()
            .normalize();
    private static final Path TARGET = PROJECT.resolve("target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    private static String base;

    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final Viewport PHONE = new Viewport(375, 812, true);
    private static final Viewport DESKTOP = new Viewport(1280, 800, false);
    private static final Viewport SMALLEST_PHONE = new Viewport(320, 568, true);
    private static final List<String> SCHEMES = List.of("light", "dark");

    /**
     * Runs before any script of every page: notes each use of localStorage, sessionStorage and each write of
     * document.cookie in {@code window.__storageUse}, so that storage a page uses and clears again is seen too.
     */
    private static final String STORAGE_PROBE = """
            (() => {
              const used = [];
              Object.defineProperty(window, '__storageUse', { value: used });
              for (const name of ['localStorage', 'sessionStorage']) {
                const own = Object.getOwnPropertyDescriptor(window, name);
                const property = own || Object.getOwnPropertyDescriptor(Window.prototype, name);
                if (!property || !property.get || !property.configurable) {
                  used.push(name + ' cannot be watched');
                  continue;
                }
                Object.defineProperty(own ? window : Window.prototype, name, {
                  configurable: true, enumerable: property.enumerable,
                  get() { used.push(name); return property.get.call(this); }
                });
              }
              const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
              Object.defineProperty(Document.prototype, 'cookie', {
                configurable: true, enumerable: cookie.enumerable,
                get() { return cookie.get.call(this); },
                set(value) { used.push('document.cookie = ' + value); cookie.set.call(this, value); }
              });
            })();
            """;

    private static HttpServer server;
    private static URI root;
    private static Chromium chromium;
    private static List<String> pages;

    /** What the one walk over every page, width and scheme found, by check. */
    private static final List<String> AXE_VIOLATIONS = new ArrayList<>();
    private static final List<String> FOREIGN_REQUESTS_OR_STORAGE = new ArrayList<>();
    private static final List<String> SMALL_SCREENSHOTS = new ArrayList<>();

    private record Viewport(int width, int height, boolean mobile) {
    }

    @BeforeAll
    static void start() throws IOException {
        if (!Chromium.installed()) {
            System.err.println("BrowserIT: " + Chromium.whatIsMissing());
            return; // each test is then skipped, or fails on CI, in browserIsInstalled()
        }
        try (Stream<Path> walk = Files.walk(SITE, FileVisitOption.FOLLOW_LINKS)) {
            pages = walk.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> SITE.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertFalse(pages.isEmpty(), "the package phase baked HTML pages into " + SITE);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = URI.create(org.jsoup.Jsoup.parse(SITE.resolve("index.html").toFile(), "UTF-8")
                .selectFirst("link[rel=canonical]").attr("href")).getPath();
        server.createContext("/", new StaticSite(SITE, base));
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + base);
        long started = System.nanoTime();
        chromium = Chromium.start(TARGET);
        chromium.beforeEveryPage(STORAGE_PROBE);
        report("browser started", started);
        walk();
    }

    /**
     * Opens every page once at each width and in each colour scheme, and runs every check that needs those
     * conditions on that one load: loading is most of a browser test's time.
     */
    private static void walk() throws IOException {
        long started = System.nanoTime();
        long axeNanos = 0;
        FileNames.deleteTree(SCREENSHOTS);
        String origin = "http://127.0.0.1:" + root.getPort();
        chromium.takeRequests();
        for (String page : pages) {
            for (Viewport viewport : List.of(PHONE, DESKTOP)) {
                for (String scheme : SCHEMES) {
                    String where = page + " at " + viewport.width() + " px, " + scheme + ": ";
                    URI address = load(page, viewport, scheme);
                    requestsAndStorage(where, address, origin);
                    long axeStarted = System.nanoTime();
                    axe(where);
                    axeNanos += System.nanoTime() - axeStarted;
                    if (scheme.equals("light")) {
                        screenshot(page, viewport);
                    }
                }
            }
        }
        for (String request : chromium.takeRequests()) {
            if (!local(request, origin)) {
                FOREIGN_REQUESTS_OR_STORAGE.add("after the last page: requests " + request);
            }
        }
        report("axe, network, storage and screenshots on " + pages.size() + " pages at 2 widths in 2 schemes (axe "
                + Math.round(axeNanos / 1e9) + " s of it)", started);
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
    void axeFindsNoViolationOnAPhoneOrADesktopInLightOrDarkMode() {
        assertTrue(AXE_VIOLATIONS.isEmpty(), AXE_VIOLATIONS.size() + " axe violations ("
                + String.join(", ", AXE_TAGS) + "):\n" + String.join("\n", AXE_VIOLATIONS));
    }

    @Test
    void noPageAsksAnotherHostForAnythingOrStoresAnythingInTheBrowser() {
        assertTrue(FOREIGN_REQUESTS_OR_STORAGE.isEmpty(), FOREIGN_REQUESTS_OR_STORAGE.size()
                + " requests to other hosts or uses of browser storage:\n"
                + String.join("\n", FOREIGN_REQUESTS_OR_STORAGE));
    }

    @Test
    void fullPageScreenshotsOfEveryPageAtBothWidthsAreSaved() throws IOException {
        try (Stream<Path> saved = Files.walk(SCREENSHOTS)) {
            assertTrue(saved.filter(p -> p.toString().endsWith(".png")).count() == 2L * pages.size(),
                    "a screenshot of every page at both widths in " + SCREENSHOTS);
        }
        assertTrue(SMALL_SCREENSHOTS.isEmpty(), "screenshots smaller than the page:\n"
                + String.join("\n", SMALL_SCREENSHOTS));
    }

    private static void axe(String where) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver());
        if (results.isErrored()) {
            AXE_VIOLATIONS.add(where + "axe failed: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            AXE_VIOLATIONS.add(where + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(CheckedNode::getTarget).map(BrowserIT::selector)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static void requestsAndStorage(String where, URI address, String origin) {
        List<String> requests = chromium.takeRequests();
        if (!requests.contains(address.toString())) {
            FOREIGN_REQUESTS_OR_STORAGE.add(where + "the network log misses the page itself, so it cannot be"
                    + " trusted: " + requests);
        }
        for (String request : requests) {
            if (!local(request, origin)) {
                FOREIGN_REQUESTS_OR_STORAGE.add(where + "requests " + request);
            }
        }
        FOREIGN_REQUESTS_OR_STORAGE.addAll(storageUse(where));
        forgetCookiesAndStorage();
    }

    private static void screenshot(String page, Viewport viewport) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver().executeScript("return {"
                + " width: document.documentElement.clientWidth,"
                + " height: document.documentElement.scrollHeight };");
        int pageWidth = ((Number) size.get("width")).intValue();
        int pageHeight = ((Number) size.get("height")).intValue();
        byte[] png = chromium.fullPageScreenshot();
        String name = page.substring(0, page.length() - ".html".length()) + "-" + viewport.width() + ".png";
        Path file = SCREENSHOTS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        int width = pngInt(png, 16);
        int height = pngInt(png, 20);
        if (width < pageWidth || height < pageHeight) {
            SMALL_SCREENSHOTS.add(name + " is " + width + " x " + height + " px, the page " + pageWidth + " x "
                    + pageHeight + " px");
        }
    }

    @Test
    void everyPageReadsTheSameWithJavaScriptOffAndLogsNoConsoleError() {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        chromium.takeConsoleErrors();
        for (String page : pages) {
            load(page, PHONE, "light");
            String withScript = readableText(chromium.documentHtml());
            for (String error : chromium.takeConsoleErrors()) {
                problems.add(page + ": console error: " + error);
            }
            chromium.javaScript(false);
            try {
                driver().get(root.resolve(page.endsWith("index.html")
                        ? page.substring(0, page.length() - "index.html".length()) : page).toString());
                String withoutScript = readableText(chromium.documentHtml());
                if (!withScript.equals(withoutScript)) {
                    problems.add(page + ": the text differs with JavaScript off:\n  on:  " + withScript
                            + "\n  off: " + withoutScript);
                }
                if (withoutScript.length() < 100) {
                    problems.add(page + ": almost no text with JavaScript off: " + withoutScript);
                }
            } finally {
                chromium.javaScript(true);
            }
            chromium.takeConsoleErrors();
        }
        report("JavaScript on and off on " + pages.size() + " pages", started);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** What a reader reads: the text of the body, without the data in script elements. */
    private static String readableText(String html) {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
        document.select("script").remove();
        return document.body().text();
    }

    @Test
    void noPageScrollsSidewaysOnA320PixelScreen() {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            load(page, SMALLEST_PHONE, "light");
            sideways(page).ifPresent(problems::add);
        }
        report("sideways-scroll checks on " + pages.size() + " pages", started);
        assertTrue(problems.isEmpty(), "pages that scroll sideways at 320 px:\n" + String.join("\n", problems));
    }

    /** WCAG 2.2, 1.4.12: a reader's own line, paragraph, letter and word spacing must not break the layout. */
    @Test
    void readersTextSpacingBreaksNoPageAt320Pixels() {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        // The reader's style sheet is theirs, not the page's: the page's security policy does not apply to it.
        chromium.cdp("Page.setBypassCSP", Map.of("enabled", true));
        try {
            for (String page : pages) {
                load(page, SMALLEST_PHONE, "light");
                Object spacing = driver().executeScript("""
                        const style = document.createElement('style');
                        style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                            + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
                        document.head.append(style);
                        return getComputedStyle(document.body).wordSpacing;
                        """);
                if ("0px".equals(spacing) || "normal".equals(spacing)) {
                    problems.add(page + ": the reader's spacing did not apply, so nothing was checked");
                }
                sideways(page).ifPresent(problems::add);
            }
        } finally {
            chromium.cdp("Page.setBypassCSP", Map.of("enabled", false));
        }
        report("text-spacing checks on " + pages.size() + " pages", started);
        assertTrue(problems.isEmpty(), "pages that break with a reader's text spacing at 320 px:\n"
                + String.join("\n", problems));
    }

    /** The page's sideways overflow at the current width, naming what sticks out; empty when there is none. */
    private static java.util.Optional<String> sideways(String page) {
        return Overflow.sideways(driver(), page);
    }

    /**
     * Opens a page at a width and colour scheme and waits for its fonts; returns its address, which is the folder's
     * for an {@code index.html}, as visitors see it.
     */
    private static URI load(String page, Viewport viewport, String scheme) {
        chromium.viewport(viewport.width(), viewport.height(), viewport.mobile());
        chromium.colorScheme(scheme);
        URI address = root.resolve(page.equals("index.html") || page.endsWith("/index.html")
                ? page.substring(0, page.length() - "index.html".length()) : page);
        driver().get(address.toString());
        driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done(), () => done());");
        Object seen = driver().executeScript("return matchMedia('(width: ' + arguments[0] + 'px)').matches"
                + " && matchMedia('(prefers-color-scheme: ' + arguments[1] + ')').matches;", viewport.width(), scheme);
        if (!Boolean.TRUE.equals(seen)) {
            throw new AssertionError("the emulation did not take: " + address + " does not match the media query"
                    + " (width: " + viewport.width() + "px) and (prefers-color-scheme: " + scheme + ")");
        }
        return address;
    }

    /** So that what one page stores is not blamed on the next. */
    private static void forgetCookiesAndStorage() {
        driver().manage().deleteAllCookies();
        driver().executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    private static List<String> storageUse(String where) {
        List<String> problems = new ArrayList<>();
        Object used = driver().executeScript("return window.__storageUse ? [...new Set(window.__storageUse)] : null;");
        if (used == null) {
            problems.add(where + "the storage probe did not run, so storage use cannot be seen");
        } else if (!((List<?>) used).isEmpty()) {
            problems.add(where + "uses " + used);
        }
        Set<Cookie> cookies = driver().manage().getCookies();
        if (!cookies.isEmpty()) {
            problems.add(where + "sets cookies " + cookies);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) driver().executeScript(
                "return { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };");
        if (!"".equals(stored.get("cookie"))) {
            problems.add(where + "document.cookie is '" + stored.get("cookie") + "'");
        }
        if (((Number) stored.get("local")).longValue() > 0) {
            problems.add(where + "leaves " + stored.get("local") + " items in localStorage");
        }
        if (((Number) stored.get("session")).longValue() > 0) {
            problems.add(where + "leaves " + stored.get("session") + " items in sessionStorage");
        }
        return problems;
    }

    /** Whether a request stays on the test server (or never leaves the browser: data:, blob:, about:). */
    private static boolean local(String request, String origin) {
        String scheme = URI.create(request).getScheme();
        if (scheme != null && Set.of("data", "blob", "about").contains(scheme.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return request.equals(origin) || request.startsWith(origin + "/");
    }

    /** axe's target: a list of CSS selectors, nested when the element is inside a frame or shadow root. */
    private static String selector(Object target) {
        if (target instanceof List<?> list) {
            return list.stream().map(BrowserIT::selector).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    /** A big-endian number from a PNG's header: the width at 16, the height at 20. */
    private static int pngInt(byte[] png, int offset) {
        return ((png[offset] & 0xff) << 24) | ((png[offset + 1] & 0xff) << 16) | ((png[offset + 2] & 0xff) << 8)
                | (png[offset + 3] & 0xff);
    }

    private static ChromeDriver driver() {
        return chromium.driver();
    }

    private static void report(String what, long startedNanos) {
        System.out.printf(Locale.ROOT, "BrowserIT: %s in %.1f s%n", what, (System.nanoTime() - startedNanos) / 1e9);
    }
}
