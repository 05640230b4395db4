package org.whytheyleft.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, offline: every host name but 127.0.0.1 resolves to
 * nothing, and both paths are given to Selenium, so Selenium Manager never looks for (or downloads) a browser or a
 * driver. Emulation, screenshots and the network log go through plain CDP commands and Chrome's performance log,
 * which work with whatever Chromium version Debian ships (no version-bound {@code selenium-devtools-vNNN}).
 *
 * <p>Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the tests are skipped, except on CI
 * ({@code CI=true}), where they fail.
 */
public final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install chromium chromium-driver";

    private static final Json JSON = new Json();

    /**
     * Selenium warns at every start that it has no {@code selenium-devtools} module for this Chromium version. None
     * is used on purpose (see above), so the warning is kept quiet; held here, as loggers are only weakly kept.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a headless browser with a fresh profile inside {@code targetDir}.
     *
     * @throws org.opentest4j.TestAbortedException when Chromium or its driver is missing (on CI: an
     *         {@link org.opentest4j.AssertionFailedError})
     */
    public static Chromium start(Path targetDir) throws IOException {
        requireInstalled();
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        Files.createDirectories(targetDir);
        Path profile = Files.createTempDirectory(targetDir, "chromium-profile-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(targetDir.resolve("chromedriver.log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    /** Whether {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are there to run. */
    static boolean installed() {
        return whatIsMissing().isEmpty();
    }

    /** What to install, or an empty string when nothing is missing. */
    static String whatIsMissing() {
        List<String> missing = new ArrayList<>();
        for (Path program : List.of(BINARY, DRIVER)) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        return missing.isEmpty() ? "" : "Browser tests need " + String.join(" and ", missing) + ", which "
                + (missing.size() == 1 ? "is" : "are") + " missing: " + INSTALL;
    }

    /** Skips (or, on CI, fails) the calling test when the browser or its driver is not installed. */
    static void requireInstalled() {
        String missing = whatIsMissing();
        if (missing.isEmpty()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(missing);
        }
        Assumptions.abort(missing);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs one Chrome DevTools Protocol command on the current page. */
    public Map<String, Object> cdp(String method, Map<String, Object> parameters) {
        return driver.executeCdpCommand(method, parameters);
    }

    /** Lays pages out {@code width} CSS pixels wide, as a phone ({@code mobile}) or a desktop window. */
    public void viewport(int width, int height, boolean mobile) {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Sets {@code prefers-color-scheme} to {@code light} or {@code dark}. */
    public void colorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Runs a script in every page (and frame) from the next navigation on, before the page's own scripts. */
    public void beforeEveryPage(String script) {
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** The whole page, beyond the viewport, as PNG. */
    @SuppressWarnings("unchecked")
    public byte[] fullPageScreenshot() {
        Map<String, Object> metrics = cdp("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = ((Number) content.get("height")).doubleValue();
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * Every URL the browser asked for (documents, assets, fetches, web sockets) since the last call: the
     * {@code Network.requestWillBeSent} and {@code Network.webSocketCreated} events of Chrome's performance log.
     */
    @SuppressWarnings("unchecked")
    public List<String> takeRequests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> logged = JSON.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) logged.get("message");
            Object method = message.get("method");
            Map<String, Object> parameters = (Map<String, Object>) message.get("params");
            if ("Network.requestWillBeSent".equals(method)) {
                urls.add((String) ((Map<String, Object>) parameters.get("request")).get("url"));
            } else if ("Network.webSocketCreated".equals(method)) {
                urls.add((String) parameters.get("url"));
            }
        }
        return urls;
    }

    /** The console's errors (and the browser's own, such as a blocked load) since the last call. */
    public List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Turns the page's JavaScript off (or back on) from the next navigation, as a reader's browser setting would. */
    public void javaScript(boolean on) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** The page's document as the browser holds it now, read through DevTools so it works with JavaScript off. */
    @SuppressWarnings("unchecked")
    public String documentHtml() {
        Map<String, Object> document = cdp("DOM.getDocument", Map.of("depth", 0));
        Object nodeId = ((Map<String, Object>) document.get("root")).get("nodeId");
        return (String) cdp("DOM.getOuterHTML", Map.of("nodeId", nodeId)).get("outerHTML");
    }

    /** Quits the browser and removes its profile (best effort: a later {@code clean} removes what is left). */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | java.io.UncheckedIOException leftOver) {
                // The browser may still be writing its last files; target/ is cleaned with the build.
            }
        }
    }
}
