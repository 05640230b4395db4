package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;

/**
 * The help line a campaign sets in {@code content/site.properties}: printed on the home page, after the
 * recommendation and on the leaflet, in each page's language, and nowhere when it is not set.
 */
class HelpLineIT {

    @TempDir
    Path temp;

    @Test
    void aHelpLineThatIsSetIsOnTheHomeAndRecommendationPagesOnly() throws Exception {
        Path site = build(true);

        for (String page : new String[] {"nl/index.html", "nl/aanbeveling/index.html"}) {
            Element help = helpLine(site.resolve(page));
            assertNotNull(help, page + " shows the help line");
            assertTrue(help.text().contains("Hulplijn Proef"), page + " names the organisation: " + help.text());
            assertEquals("https://hulplijn.example/", help.selectFirst("a[href^=https]").attr("href"));
            assertEquals("tel:+318001234", help.selectFirst("a[href^=tel:]").attr("href"));
            assertTrue(help.text().contains("+31 800 1234"), "the number as written");
        }
        Element english = helpLine(site.resolve("en/recommendation/index.html"));
        assertNotNull(english, "the English recommendation shows the English help line");
        assertTrue(english.text().contains("Helpline Test"), english.text());
        assertNull(helpLine(site.resolve("nl/eerste/index.html")), "a chapter has no help line");
        String leaflet = leafletText(site, "nl");
        assertTrue(leaflet.contains("Hulplijn Proef") && leaflet.contains("+31 800 1234")
                && leaflet.contains("https://hulplijn.example/"), "the leaflet has the help line: " + leaflet);
    }

    @Test
    void withoutAHelpLineNoPageShowsOne() throws Exception {
        Path site = build(false);

        for (String page : new String[] {"nl/index.html", "nl/aanbeveling/index.html", "en/index.html",
                "en/recommendation/index.html"}) {
            assertTrue(Files.exists(site.resolve(page)), page + " is built");
            assertNull(helpLine(site.resolve(page)), page + " invents no help line");
        }
        for (String lang : new String[] {"nl", "en"}) {
            String leaflet = leafletText(site, lang);
            assertFalse(leaflet.contains("800"), lang + ": the leaflet invents no help line: " + leaflet);
        }
    }

    @Test
    void aHelpLineForOneLanguageIsShownInThatLanguageOnly() throws Exception {
        Path site = build(DUTCH_ONLY);

        for (String page : new String[] {"nl/index.html", "nl/aanbeveling/index.html"}) {
            assertNotNull(helpLine(site.resolve(page)), page + " shows the Dutch help line");
        }
        for (String page : new String[] {"en/index.html", "en/recommendation/index.html"}) {
            assertTrue(Files.exists(site.resolve(page)), page + " is built");
            assertNull(helpLine(site.resolve(page)), page + " shows no help line: English has none");
        }
        assertTrue(leafletText(site, "nl").contains("Hulplijn Proef"), "the Dutch leaflet has the help line");
        String english = leafletText(site, "en");
        assertFalse(english.contains("Hulplijn") || english.contains("800"), "the English leaflet has none: "
                + english);
    }

    /** The text of the one PDF in a language's folder, the leaflet. */
    private static String leafletText(Path site, String lang) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(site.resolve(lang))) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf")).toList();
        }
        assertEquals(1, pdfs.size(), lang + " has one leaflet: " + pdfs);
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static final String BOTH = """
            help.name.nl=Hulplijn Proef
            help.url.nl=https://hulplijn.example/
            help.phone.nl=+31 800 1234
            help.name.en=Helpline Test
            help.url.en=https://helpline.example/
            help.phone.en=+44 800 1234
            """;
    private static final String DUTCH_ONLY = """
            help.name.nl=Hulplijn Proef
            help.url.nl=https://hulplijn.example/
            help.phone.nl=+31 800 1234
            """;

    private Path build(boolean withHelpLine) throws Exception {
        return build(withHelpLine ? BOTH : "");
    }

    private Path build(String helpLines) throws Exception {
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        writePage(project, "nl/aanbeveling.md", "De aanbeveling", "nl", "Wat het ICSR aanbeveelt om met de verhalen"
                + " van overlopers te doen, in een paar zinnen.");
        writePage(project, "en/recommendation.md", "The recommendation", "en", "What ICSR recommends doing with the"
                + " stories of defectors, in a few sentences.");
        Files.writeString(project.resolve("content/site.properties"), helpLines, StandardOpenOption.APPEND);
        Path site = project.resolve("target/site");
        new SiteBuild(project).build(site, null);
        return site;
    }

    private static void writePage(Path project, String path, String title, String lang, String summary)
            throws IOException {
        Files.writeString(project.resolve("content").resolve(path), """
                title=%s
                summary=%s
                share=%s
                lang=%s
                key=recommendation
                type=page
                order=1
                status=published
                date=2026-11-27
                ~~~~~~
                %s
                """.formatted(title, summary, summary, lang, summary));
    }

    private static Element helpLine(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        return document.selectFirst("main .help-line");
    }
}
