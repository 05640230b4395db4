package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;

/**
 * A campaign on another story ({@code src/test/resources/fixtures/other-story}: English, Spanish and Persian, no
 * figure, no study, chapters called "parts" in English) built with the engine as it is: nothing of its own under
 * {@code templates/}, so the Spanish and Persian texts are the engine's bundles, and nothing of this repository's
 * story reaches its pages.
 */
class OtherStoryIT {

    private static final List<String> LANGUAGES = List.of("en", "es", "fa");

    @TempDir
    static Path temp;
    private static Path site;

    @BeforeAll
    static void bake() throws Exception {
        Path project = FixtureProject.copyOtherStoryTo(temp.resolve("project"));
        site = temp.resolve("site");
        new SiteBuild(project).build(site, null);
    }

    @Test
    void everyPageIsInItsLanguageAndDirectionWithADoorPerLanguage() throws Exception {
        LanguageChecks checks = new LanguageChecks(temp.resolve("project/content"), site, LANGUAGES);
        assertEquals(List.of(), checks.directions());
        assertEquals(List.of(), checks.counterparts());
        assertEquals(List.of(), checks.doors());
        assertEquals("rtl", page("fa/khak/").selectFirst("html").attr("dir"));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertEquals(List.of(), new NuChecker().errors(site, ".html"));
    }

    @Test
    void chaptersAreNamedByTheCampaignOrByTheEnginesGenericWords() throws Exception {
        assertEquals("Part 1 of 1", page("en/soil/").selectFirst(".chapter-number").text());
        assertEquals("Capítulo 1 de 1", page("es/tierra/").selectFirst(".chapter-number").text());
        assertEquals("فصل 1 از 1", page("fa/khak/").selectFirst(".chapter-number").text());
        assertEquals("Capítulos", page("es/").selectFirst("#chapters-title").text());
        assertTrue(page("fa/").selectFirst(".prose p").text().contains("«باغچه»"), "Persian quotation marks");
        assertTrue(page("es/").selectFirst(".prose p").text().contains("«huerto»"), "Spanish quotation marks");
    }

    @Test
    void withoutACountOrALeadTheHomePageHasNeitherFigureNorParagraph() throws Exception {
        for (String lang : LANGUAGES) {
            Document home = page(lang + "/");
            assertNull(home.selectFirst("figure.count-figure"), lang);
            assertTrue(home.select(".chapters > p").isEmpty(), lang);
        }
    }

    @Test
    void eachLanguageHasItsLeafletAndOfflineEditionUnderItsOwnName() {
        for (String file : List.of("en/leaflet.pdf", "es/folleto.pdf", "fa/boroshur.pdf", "en/offline-edition.html",
                "es/edicion-sin-conexion.html", "fa/noskhe-offline.html")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
    }

    /** The words this repository's story lists for the engine: none may reach another campaign's pages. */
    @Test
    void noWordOfThisRepositorysStoryReachesItsPages() throws IOException {
        List<String> words = Files.readAllLines(FixtureProject.PROJECT.resolve("content/checks/engine-words.txt"))
                .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String text = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).text();
                for (String word : words) {
                    if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                            .matcher(text).find()) {
                        found.add(site.relativize(file) + ": " + word);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static Document page(String sitePath) throws IOException {
        return Jsoup.parse(site.resolve(sitePath).resolve("index.html").toFile(), "UTF-8");
    }
}
