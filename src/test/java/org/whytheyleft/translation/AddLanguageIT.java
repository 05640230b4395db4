package org.whytheyleft.translation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;

/**
 * Runs {@code exec:java@add-language}'s command on a copy of the small fixture site (Dutch, then English) and
 * builds the result. Italian is the language added: no bundle of the project has it, so the command writes one.
 */
class AddLanguageIT {

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyFixture() throws IOException {
        project = FixtureProject.copyTo(temp.resolve("project"));
    }

    @Test
    void anAddedLanguageBuildsAtOnceAndItsPagesSayTheyAreNotTranslated() throws Exception {
        List<Path> written = new AddLanguage(project).add("it", "en");

        assertTrue(written.containsAll(List.of(Path.of("content/it/index.md"), Path.of("content/it/first.md"),
                Path.of("content/site.properties"), Path.of("templates/messages/messages_it.properties"))),
                written::toString);
        SiteBuild.Report report = new SiteBuild(project).build(project.resolve("target/site"), null);

        assertEquals(6, report.pages());
        Document page = Jsoup.parse(project.resolve("target/site/it/first/index.html").toFile(), "UTF-8");
        assertEquals("it", page.selectFirst("html").attr("lang"));
        assertEquals("The first chapter", page.selectFirst("h1").text());
        assertEquals(List.of("This page has not been translated yet: below is the text in its original language."),
                page.select("main .translation-notice").eachText(), "the copied bundle's text, to translate");
        assertEquals("en", page.selectFirst("main .prose").attr("lang"), "the body is read as the English it is");
        assertEquals("https://example.org/proef/it/first/",
                page.selectFirst("link[rel=alternate][hreflang=it]").attr("href"));
        Document english = Jsoup.parse(project.resolve("target/site/en/first/index.html").toFile(), "UTF-8");
        assertTrue(english.select(".translation-notice").isEmpty());
        assertEquals("", english.selectFirst("main .prose").attr("lang"));
        assertEquals("https://example.org/proef/it/first/",
                english.selectFirst("link[rel=alternate][hreflang=it]").attr("href"));
        assertEquals("Italiano", english.selectFirst(".language-switch a[hreflang=it]").text(),
                "the new bundle names its language in that language");
        Document offline = Jsoup.parse(project.resolve("target/site/it/offline-edition.html").toFile(), "UTF-8");
        assertEquals(2, offline.select("main .translation-notice").size(), "the offline edition says so too");
        assertEquals(List.of("en", "en"), offline.select("main .prose").eachAttr("lang"));
        assertEquals(List.of("content/it/first.md", "content/it/index.md"), report.translations().languages()
                .stream().filter(l -> l.lang().equals("it")).findFirst().orElseThrow()
                .in(TranslationStatus.State.PENDING).stream().map(TranslationStatus.Page::file).sorted().toList());
    }

    @Test
    void theCopiesKeepTheSourcesTextsAndNamesAndChangeOnlyTheirLanguage() throws Exception {
        new AddLanguage(project).add("it", "en");

        String source = Files.readString(project.resolve("content/en/first.md"));
        String copy = Files.readString(project.resolve("content/it/first.md"));
        assertEquals(source.replace("lang=en\n", "lang=it\n").replace("date=2026-11-27\n",
                "date=2026-11-27\ntranslation=pending\nsource=en\n"), copy);
    }

    @Test
    void theSettingsFileKeepsEveryOtherLineByteForByte() throws Exception {
        Path settings = project.resolve("content/site.properties");
        String written = "# Settings, with CRLF line ends and odd spacing.\r\n"
                + "site.url = https://example.org/proef/\r\n\r\n"
                + "! another kind of comment\r\n"
                + "site.languages = nl, en\r\n"
                + "site.name.nl=Proefsite\r\n"
                + "site.name.en  :  Test site: with a colon\r\n"
                + "campaign.name.nl=Proefcampagne\r\n"
                + "campaign.name.en=Test \\\r\n    campaign\r\n"
                + "entry.summary.nl=Een proefsite voor het toevoegen van een taal, met alles wat die nodig heeft.\r\n"
                + "entry.summary.en=A test site for adding a language, with everything it needs.\r\n"
                + "entry.intro.nl=Een korte inleiding.\r\n"
                + "entry.intro.en=A short introduction.\r\n"
                + "campaign.contact=";
        Files.writeString(settings, written, StandardCharsets.UTF_8);

        new AddLanguage(project).add("it", "en");

        String after = Files.readString(settings, StandardCharsets.UTF_8);
        String expected = written.replace("site.languages = nl, en\r\n", "site.languages = nl, en,it\r\n")
                + "\r\n\r\n# Added by exec:java@add-language: it, copied from en. Translate the values for it.\r\n"
                + "site.name.it  :  Test site: with a colon\r\n"
                + "campaign.name.it=Test campaign\r\n"
                + "entry.summary.it=A test site for adding a language, with everything it needs.\r\n"
                + "entry.intro.it=A short introduction.\r\n";
        assertEquals(expected, after);
        new SiteBuild(project).build(project.resolve("target/site"), null);
    }

    @Test
    void anExistingBundleIsKept() throws Exception {
        Path bundle = project.resolve("templates/messages/messages_it.properties");
        Files.copy(project.resolve("templates/messages/messages_en.properties"), bundle);
        Files.writeString(bundle, "\n# translated already\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(bundle);

        List<Path> written = new AddLanguage(project).add("it", "en");

        assertArrayEquals(before, Files.readAllBytes(bundle));
        assertTrue(!written.contains(Path.of("templates/messages/messages_it.properties")), written::toString);
    }

    @ParameterizedTest(name = "-Dlang={0} -Dfrom={1}")
    @CsvSource({
        "'', en, name the language to add",
        "xx, en, 'xx' is not a language code",
        "IT, en, 'IT' is not a language code",
        "it-CH, en, 'it-CH' is not a language code",
        "en, nl, en is already in site.languages",
        "it, de, there is no language 'de' to copy from",
        "it, it, there is no language 'it' to copy from"})
    void refusesABadArgumentAndWritesNothing(String lang, String from, String reason) throws Exception {
        Map<String, String> before = FixtureProject.snapshot(project);

        Refused refused = assertThrows(Refused.class, () -> new AddLanguage(project).add(lang, from));

        assertTrue(refused.getMessage().startsWith("Nothing was written: " + reason), refused::getMessage);
        assertEquals(before, FixtureProject.snapshot(project));
    }

    @Test
    void refusesALanguageWhoseFolderExistsAndWritesNothing() throws Exception {
        Files.createDirectories(project.resolve("content/it"));
        Map<String, String> before = FixtureProject.snapshot(project);

        Refused refused = assertThrows(Refused.class, () -> new AddLanguage(project).add("it", "en"));

        assertEquals("Nothing was written: content/it/ exists already. Move it away, or add it to"
                + " site.languages by hand if its pages are ready.", refused.getMessage());
        assertEquals(before, FixtureProject.snapshot(project));
    }
}
