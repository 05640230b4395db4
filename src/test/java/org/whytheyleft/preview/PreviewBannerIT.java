package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that breaks the build shows in the browser: every page the running preview serves, in any language,
 * carries the problem (file, line, what is wrong, the fix) under a heading in the page's language, and the banner
 * goes with the next save that builds. Nothing of it is written to the served site's files.
 */
class PreviewBannerIT {

    private static final String BROKEN_LINK = "[kapot](../bestaat-niet.md)";

    @TempDir
    Path temp;

    @Test
    void aBrokenSaveShowsItsProblemOnEveryPageInThePagesLanguageUntilASaveBuildsAgain() throws Exception {
        try (RunningPreview preview = new RunningPreview(temp.resolve("project"), "/")) {
            Path page = preview.project.resolve("content/nl/eerste.md");
            String written = Files.readString(page);
            assertNull(banner(preview.get("nl/eerste/").body()), "no banner while the site builds");

            Files.writeString(page, written + "\nEen link die " + BROKEN_LINK + " is.\n");
            int line = (int) written.lines().count() + 2;
            Document dutch = Jsoup.parse(preview.awaitPage("nl/eerste/", html -> banner(html) != null,
                    "the problem banner"));
            Element problems = banner(dutch.outerHtml());
            assertEquals("alert", problems.attr("role"));
            assertEquals("Je laatste wijziging is niet gebouwd", problems.selectFirst("h2").text());
            assertEquals(ProblemBanner.ID, dutch.body().child(0).id(), "the banner opens the page");
            Element problem = problems.selectFirst("li");
            assertEquals("content/nl/eerste.md:" + line, problem.selectFirst("code").text());
            assertTrue(problem.text().contains("bestaat-niet.md"), problem.text());
            assertTrue(problem.text().contains("Fix: "), problem.text());
            assertEquals("en", problems.selectFirst("ol").attr("lang"), "the problems are in English");

            Document english = Jsoup.parse(preview.get("en/first/").body());
            assertEquals("Your last save did not build", banner(english.outerHtml()).selectFirst("h2").text(),
                    "an English page says it in English");
            assertTrue(english.text().contains("content/nl/eerste.md:" + line));
            Document missing = Jsoup.parse(preview.get("nl/bestaat-niet/").body());
            assertNotNull(banner(missing.outerHtml()), "the 404 page shows it too");
            try (Stream<Path> built = Files.walk(preview.project.resolve("target/preview"))) {
                assertEquals(List.of(), built.filter(Files::isRegularFile).filter(PreviewBannerIT::mentionsPreview)
                        .toList(), "the banner is in the response only");
            }

            Files.writeString(page, written.replace("Dit is het eerste hoofdstuk.", "Weer heel."));
            String fixed = preview.awaitPage("nl/eerste/", html -> html.contains("Weer heel."), "the fixed page");
            assertNull(banner(fixed), "the banner goes when the site builds again");
        }
    }

    private static boolean mentionsPreview(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return text.contains(ProblemBanner.ID) || text.contains(PreviewPage.RESERVED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element banner(String html) {
        return Jsoup.parse(html).getElementById(ProblemBanner.ID);
    }
}
