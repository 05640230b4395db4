package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whytheyleft.core.BuildFailure;

/**
 * Builds a small valid project, breaks one thing, and checks that the build refuses it: it names the file and
 * line and what is wrong, writes no site, and leaves the author's files exactly as they were. Here are the cases a
 * file overlay cannot express (a file that cannot be read, a link out of the project, an earlier site kept); every
 * other mistake is a folder of the corpus that {@link BadInputCorpusIT} runs.
 */
class BadInputIT {

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyFixture() throws IOException {
        project = FixtureProject.copyTo(temp.resolve("project"));
    }

    // ---- the valid fixture ------------------------------------------------------------------------------------------

    @Test
    void buildsTheValidFixture() throws Exception {
        Map<String, String> before = FixtureProject.snapshot(project, "target");

        SiteBuild.Report report = build();

        assertEquals(4, report.pages());
        Path site = site();
        for (String file : List.of("index.html", "404.html", "nl/index.html", "en/index.html",
                "nl/eerste/index.html", "en/first/index.html", "img/figuur.svg", "css/site.css", "favicon.svg")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), () -> file + " is published");
        }
        assertFalse(Files.exists(site.resolve("site.properties")), "the configuration stays private");
        assertFalse(Files.exists(site.resolve("nl/eerste.html")), "pages are published only at folder URLs");
        assertEquals(before, FixtureProject.snapshot(project, "target"), "a build changes nothing outside target/");

        Document chapter = Jsoup.parse(site.resolve("nl/eerste/index.html").toFile(), "UTF-8");
        assertEquals("nl", chapter.selectFirst("html").attr("lang"));
        assertEquals("Het eerste hoofdstuk", chapter.selectFirst("h1").text());
        assertEquals("begin", chapter.selectFirst("h2").id());
        assertEquals(List.of("../../en/first/#start"), chapter.select("main a[href*=first]").eachAttr("href"));
        assertEquals("../../img/figuur.svg", chapter.selectFirst("main img").attr("src"));
        assertEquals("https://example.org/proef/nl/eerste/", chapter.selectFirst("link[rel=canonical]").attr("href"));

        Document home = Jsoup.parse(site.resolve("nl/index.html").toFile(), "UTF-8");
        assertTrue(home.selectFirst("main").text().contains("Welkom op de \u201eproefsite\u201d."),
                () -> home.selectFirst("main").text());
        assertEquals(List.of("eerste/#begin"), home.select("main .prose a").eachAttr("href"));
        Element english = Jsoup.parse(site.resolve("en/index.html").toFile(), "UTF-8").selectFirst("main");
        assertTrue(english.text().contains("Welcome to the \u201ctest site\u201d."), english::text);
    }

    @Test
    void pagesHaveNoScriptUnlessAnalyticsAreConfigured() throws Exception {
        build();
        Document before = Jsoup.parse(site().resolve("nl/eerste/index.html").toFile(), "UTF-8");
        assertTrue(before.select("script[src]").isEmpty(), "no analytics by default");
        assertTrue(before.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("script-src 'none'"));

        replaceIn("content/site.properties", "campaign.contact=",
                "analytics.script=https://stats.example.org/script.js\ncampaign.contact=");
        build();

        Document after = Jsoup.parse(site().resolve("nl/eerste/index.html").toFile(), "UTF-8");
        assertEquals(List.of("https://stats.example.org/script.js"), after.select("script[src]").eachAttr("src"));
        assertTrue(after.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("script-src https://stats.example.org;"));
    }

    @Test
    void aTitleWithMarkupCharactersIsPrintedAsTextEverywhere() throws Exception {
        String title = "Foo & Bar <b>vet</b> \"citaat\" </script>";
        replaceIn("content/nl/eerste.md", "title=Het eerste hoofdstuk", "title=" + title);

        build();

        Document chapter = Jsoup.parse(site().resolve("nl/eerste/index.html").toFile(), "UTF-8");
        assertEquals(title, chapter.selectFirst("h1").text());
        assertTrue(chapter.select("h1 b, main b").isEmpty(), "no element made from the title");
        assertEquals(title + " – Proefsite", chapter.title());
        assertEquals(title, chapter.selectFirst("meta[property=og:title]").attr("content"));
        String json = chapter.selectFirst("script[type=application/ld+json]").data();
        assertFalse(json.contains("</script>") || json.contains("<b>"), "the data cannot end its script element");
        assertEquals(title, com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("@graph")
                .get(0).getAsJsonObject().get("headline").getAsString());
        String feed = Files.readString(site().resolve("nl/feed.xml"));
        assertTrue(feed.contains("Foo &amp; Bar &lt;b&gt;vet&lt;/b&gt;"), feed);
        assertTrue(Files.size(site().resolve("nl/eerste/social-card.png")) > 0, "the card is drawn");
    }

    @Test
    void keepsAnEarlierSiteWhenTheContentIsBroken() throws Exception {
        build();
        Map<String, String> earlier = FixtureProject.snapshot(site());
        replaceIn("content/nl/index.md", "eerste.md#begin", "tweede.md");
        Map<String, String> authored = FixtureProject.snapshot(project, "target");

        BuildFailure failure = assertThrows(BuildFailure.class, this::build);

        assertReports(failure, "content/nl/index.md:14: link 'tweede.md' leads to content/nl/tweede.md,"
                + " which does not exist.");
        assertEquals(earlier, FixtureProject.snapshot(site()), "the earlier site is untouched");
        assertEquals(authored, FixtureProject.snapshot(project, "target"), "the author's files are unchanged");
        assertNoStagingLeft();
    }

    @Test
    void keepsAnEarlierSiteWhenATemplateFailsDuringTheBake() throws Exception {
        build();
        Map<String, String> earlier = FixtureProject.snapshot(site());
        replaceIn("templates/chapter.html", "th:text=\"${page.title}\"", "th:text=\"${page.title\"");
        Map<String, String> authored = FixtureProject.snapshot(project, "target");

        BuildFailure failure = assertThrows(BuildFailure.class, this::build);

        assertReports(failure, "templates/chapter.html:7: failed to render: ", "Could not parse as expression");
        assertEquals(earlier, FixtureProject.snapshot(site()), "the earlier site is untouched");
        assertEquals(authored, FixtureProject.snapshot(project, "target"), "the author's files are unchanged");
        assertNoStagingLeft();
    }

    // ---- files that cannot be read as pages -------------------------------------------------------------------------

    @Test
    void failsOnAFileThatIsNotUtf8() throws Exception {
        String text = Files.readString(file("content/nl/index.md")).replace("key=home", "key=latijn")
                .replace("type=home", "type=page");
        Files.write(file("content/nl/latijn.md"), text.getBytes(StandardCharsets.ISO_8859_1));
        int firstNonAscii = text.chars().takeWhile(c -> c < 0x80).toArray().length;
        long line = 1 + text.substring(0, firstNonAscii).chars().filter(c -> c == '\n').count();

        BuildFailure failure = assertBuildFails();

        assertOnlyProblem(failure, "content/nl/latijn.md:" + line + ": is not valid UTF-8 text");
    }

    @Test
    void failsOnALinkToAFileOutsideTheProject() throws Exception {
        Path outside = temp.resolve("elsewhere.md");
        Files.writeString(outside, Files.readString(file("content/nl/index.md")).replace("key=home", "key=elders"));
        Files.createSymbolicLink(file("content/nl/elders.md"), outside);

        BuildFailure failure = assertBuildFails();

        assertOnlyProblem(failure, "content/nl/elders.md: is a link to a file outside content/.");
    }

    @Test
    void failsOnAFileThatCannotBeRead() throws Exception {
        Files.createSymbolicLink(file("content/nl/weg.md"), temp.resolve("does-not-exist.md"));

        BuildFailure failure = assertBuildFails();

        assertOnlyProblem(failure, "content/nl/weg.md: is a link to a file that does not exist, so it cannot be read.");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private SiteBuild.Report build() throws BuildFailure, IOException {
        return new SiteBuild(project).build(site(), null);
    }

    private Path site() {
        return project.resolve("target/site");
    }

    private Path file(String relative) {
        return project.resolve(relative);
    }

    /** Builds, expecting failure; checks that no site was written and no file outside target/ changed. */
    private BuildFailure assertBuildFails() throws IOException {
        Map<String, String> before = FixtureProject.snapshot(project, "target");

        BuildFailure failure = assertThrows(BuildFailure.class, this::build);

        assertFalse(Files.exists(site()), "no site is written");
        assertNoStagingLeft();
        assertEquals(before, FixtureProject.snapshot(project, "target"), "the author's files are unchanged");
        assertFalse(failure.problems().isEmpty());
        assertTrue(failure.getMessage().startsWith("The site was not built: "), failure::getMessage);
        return failure;
    }

    private void assertNoStagingLeft() throws IOException {
        Path target = project.resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                List<String> left = entries.map(p -> p.getFileName().toString())
                        .filter(name -> name.contains("-baking-")).toList();
                assertEquals(List.of(), left, "no half-baked folder is left in target/");
            }
        }
    }

    /** The message names every expected fragment. */
    private static void assertReports(BuildFailure failure, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(failure.getMessage().contains(fragment),
                    () -> "expected '" + fragment + "' in:\n" + failure.getMessage());
        }
    }

    /** The build found exactly this one problem: the one the test caused. */
    private static void assertOnlyProblem(BuildFailure failure, String description) {
        assertEquals(1, failure.problems().size(), failure::getMessage);
        assertTrue(failure.problems().get(0).describe().startsWith(description),
                () -> "expected '" + description + "' in:\n" + failure.getMessage());
        assertTrue(failure.getMessage().contains(System.lineSeparator() + "  " + description), failure::getMessage);
    }

    /** Some problem stands at this file and line and names what is wrong there. */
    private void write(String relative, String text) throws IOException {
        Files.writeString(file(relative), text, StandardCharsets.UTF_8);
    }

    private void replaceIn(String relative, String from, String to) throws IOException {
        String text = Files.readString(file(relative));
        assertTrue(text.contains(from), () -> relative + " contains '" + from + "'");
        write(relative, text.replace(from, to));
    }

}
