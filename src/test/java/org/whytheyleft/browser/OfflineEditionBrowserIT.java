package org.whytheyleft.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;
import org.whytheyleft.content.ContentReader;

/**
 * The offline edition of each language opened the way a reader opens a file passed on to them: from
 * {@code file://}, in headless Chromium. It asks for nothing but itself, its own style applies (the security
 * policy allows it by hash) and nothing is blocked, axe finds no violation on a phone or a desktop in light or dark
 * mode, every reason is there, and every link inside the file lands on an element.
 */
class OfflineEditionBrowserIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath()
            .normalize();
    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static Chromium chromium;

    @BeforeAll
    static void start() throws IOException {
        if (Chromium.installed()) {
            chromium = Chromium.start(PROJECT.resolve("target"));
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
    void fromAFileTheEditionRequestsNothingButItselfAndBlocksNothing() throws IOException {
        for (String lang : RealSite.languages()) {
            String address = edition(lang).toUri().toString();
            chromium.takeRequests();
            chromium.takeConsoleErrors();
            chromium.driver().get(address);
            List<String> requests = chromium.takeRequests();
            assertTrue(requests.contains(address), lang + ": the network log has the file itself, so it can be"
                    + " trusted: " + requests);
            List<String> others = requests.stream()
                    .filter(request -> !request.equals(address) && !request.startsWith("data:")).toList();
            assertEquals(List.of(), others, lang + ": requests besides the file itself");
            assertEquals(List.of(), chromium.takeConsoleErrors(), lang + ": nothing blocked, no error");
            Object position = chromium.driver().executeScript(
                    "return getComputedStyle(document.querySelector('.skip-link')).position;");
            assertEquals("absolute", position, lang + ": the inline style applies under the security policy");
        }
    }

    @Test
    void axeFindsNoViolationOnAPhoneOrADesktopInLightOrDarkMode() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String lang : RealSite.languages()) {
            for (int width : new int[] {375, 1280}) {
                for (String scheme : List.of("light", "dark")) {
                    chromium.viewport(width, 800, width < 500);
                    chromium.colorScheme(scheme);
                    chromium.driver().get(edition(lang).toUri().toString());
                    Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(chromium.driver());
                    String where = lang + " at " + width + " px, " + scheme + ": ";
                    if (results.isErrored()) {
                        violations.add(where + "axe failed: " + results.getErrorMessage());
                    }
                    for (Rule rule : results.getViolations()) {
                        violations.add(where + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().size());
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyReasonIsThereAndEveryLinkInsideTheFileLandsOnAnElement() throws IOException {
        for (String lang : RealSite.languages()) {
            chromium.driver().get(edition(lang).toUri().toString());
            String text = (String) chromium.driver().executeScript("return document.body.innerText;");
            List<String> chapters = chapterTitles(lang);
            assertFalse(chapters.isEmpty(), lang + " has its reasons");
            for (String title : chapters) {
                assertTrue(text.contains(title), lang + ": the edition has '" + title + "'");
            }
            Object links = chromium.driver().executeScript("""
                    const links = [...document.querySelectorAll('a[href^="#"]')];
                    return { all: links.length, lost: links.filter(a =>
                        !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map(a => a.hash) };
                    """);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> found = (java.util.Map<String, Object>) links;
            assertTrue(((Number) found.get("all")).intValue() > 5, lang + ": links inside the file");
            assertEquals(List.of(), found.get("lost"), lang + ": in-file links that land nowhere");
        }
    }

    private static List<String> chapterTitles(String lang) throws IOException {
        return new ContentReader(PROJECT).read(PROJECT.resolve("content")).pages().stream()
                .filter(p -> p.isPublished() && p.value("lang").equals(lang) && p.field("chapter").isPresent())
                .map(page -> page.value("title")).toList();
    }

    private static Path edition(String lang) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("templates/messages/messages_" + lang
                + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return SITE.resolve(lang).resolve(messages.getProperty("offline.file") + ".html");
    }
}
