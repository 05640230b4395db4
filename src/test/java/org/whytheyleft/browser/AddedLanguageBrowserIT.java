package org.whytheyleft.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.preview.StaticSite;
import org.whytheyleft.translation.AddLanguage;

/**
 * The pages of a language just added by {@code exec:java@add-language} (Persian, right to left, copied from
 * English), with their notice and English bodies, in headless Chromium: axe finds no violation on a phone and a
 * desktop, in light and dark mode, and nothing scrolls sideways at 320 px.
 */
class AddedLanguageBrowserIT {

    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final List<String> PAGES = List.of("fa/", "fa/first/");

    @TempDir
    static Path temp;

    private static HttpServer server;
    private static URI root;
    private static Chromium chromium;

    @BeforeAll
    static void addPersianBuildAndServe() throws Exception {
        if (!Chromium.installed()) {
            System.err.println("AddedLanguageBrowserIT: " + Chromium.whatIsMissing());
            return;
        }
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        new AddLanguage(project).add("fa", "en");
        Path site = project.resolve("target/site");
        new SiteBuild(project).build(site, null);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(site, "/proef/"));
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/proef/");
        chromium = Chromium.start(project.resolve("target"));
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
    void untranslatedPagesPassAxeOnAPhoneAndADesktopInLightAndDarkAndDoNotScrollSideways() {
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : List.of(375, 1280)) {
                for (String scheme : List.of("light", "dark")) {
                    load(page, width, scheme);
                    problems.addAll(axe(page + " at " + width + " px, " + scheme + ": "));
                }
            }
            load(page, 320, "light");
            Overflow.sideways(chromium.driver(), page).ifPresent(problems::add);
        }
        assertEquals(List.of(), problems);
    }

    private static void load(String page, int width, String scheme) {
        chromium.viewport(width, 812, width < 1000);
        chromium.colorScheme(scheme);
        chromium.driver().get(root.resolve(page).toString());
    }

    private static List<String> axe(String where) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(chromium.driver());
        if (results.isErrored()) {
            return List.of(where + "axe failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map((Rule rule) -> where + rule.getId() + " (" + rule.getImpact()
                + ") " + rule.getHelp() + " at " + rule.getNodes().stream().map(CheckedNode::getTarget)
                .map(String::valueOf).collect(Collectors.joining(", "))).toList();
    }
}
