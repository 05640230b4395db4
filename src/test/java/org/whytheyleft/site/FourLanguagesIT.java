package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.whytheyleft.FourLanguageSite;
import org.whytheyleft.config.Direction;

/**
 * The engine with four languages, one of them right to left, on the fixture of
 * {@code src/test/resources/fixtures/four-languages} (Dutch, English, Arabic, Turkish: a home page and a chapter
 * each): languages and directions are configuration, so every page, link, feed and take-away edition follows
 * them without a line of code naming Arabic.
 */
class FourLanguagesIT {

    private static final List<String> LANGUAGES = List.of("nl", "en", "ar", "tr");
    private static Path site;
    private static LanguageChecks checks;

    @BeforeAll
    static void bake() throws Exception {
        site = FourLanguageSite.site();
        checks = new LanguageChecks(FourLanguageSite.PROJECT.resolve("content"), site, LANGUAGES);
    }

    @Test
    void everyPageIsInItsLanguageAndRunsItsWayAndSoDoesEveryRunInAnotherScript() throws Exception {
        assertEquals(List.of(), checks.directions());
        Element title = page("ar/awwal/").selectFirst("figcaption em");
        assertNotNull(title, "the fixture's Arabic chapter names an English title");
        assertEquals("en", title.attr("lang"));
        assertEquals("ltr", title.attr("dir"));
    }

    @Test
    void everyPageLinksEveryCounterpartBothWaysWithTheirLanguageAndDirection() throws Exception {
        assertEquals(List.of(), checks.counterparts());
        Element arabic = page("nl/eerste/").selectFirst(".language-switch a[hreflang=ar]");
        assertEquals("العربية", arabic.text(), "each language is named in its own script");
        assertEquals("rtl", arabic.attr("dir"));
    }

    @Test
    void theEntryAndNotFoundPagesOfferADoorPerLanguageEachInItsDirection() throws Exception {
        assertEquals(List.of(), checks.doors());
    }

    /**
     * The fixture's settings call its English chapters "steps" and count 7 in its figure; the other languages keep
     * the bundles' word for a chapter. The count is written 0-9 in Arabic too.
     */
    @Test
    void theCampaignsTextsNameItsChaptersAndItsFigureAndTheBundlesSayTheRest() throws Exception {
        assertEquals("Step 1 of 1", page("en/first/").selectFirst(".chapter-number").text());
        assertEquals("Step 1", page("en/").selectFirst(".chapter-card__number").text());
        assertEquals("Hoofdstuk 1 van 1", page("nl/eerste/").selectFirst(".chapter-number").text());
        assertEquals("Bölümler", page("tr/").selectFirst("#chapters-title").text());
        for (String lang : LANGUAGES) {
            assertEquals(7, page(lang + "/").select(".count-figure circle").size(), lang + ": 7 marks");
        }
        assertEquals("7 أشخاص في التجربة، علامة لكل شخص",
                page("ar/").selectFirst(".count-figure title").text());
        assertTrue(page("en/").select(".chapters > p").isEmpty(), "no chapters.lead set, no paragraph");
    }

        @Test
    void quotationMarksAreThoseOfEachLanguage() throws Exception {
        assertTrue(page("ar/awwal/").selectFirst("blockquote").text().matches("\u00ab.*\u00bb"));
        assertTrue(page("tr/birinci/").selectFirst("blockquote").text().matches("\u201c.*\u201d"));
        assertTrue(page("nl/eerste/").selectFirst("blockquote").text().matches("\u201e.*\u201d"));
    }

    @Test
    void everyPageOfEveryLanguageIsValidHtml() throws Exception {
        assertEquals(List.of(), new NuChecker().errors(site, ".html"));
    }

    @Test
    void theSitemapAndAFeedPerLanguageCoverEveryLanguage() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        for (String lang : LANGUAGES) {
            String home = "https://example.org/proef/" + lang + "/";
            assertTrue(locations.contains(home), "the sitemap lists " + home);
            Element url = sitemap.select("url").stream()
                    .filter(entry -> entry.selectFirst("loc").text().equals(home)).findFirst().orElseThrow();
            assertEquals(LANGUAGES.size() + 1, url.children().stream()
                    .filter(link -> link.tagName().equals("xhtml:link")).count(),
                    home + ": an alternate per language and x-default");
            Document feed = Jsoup.parse(Files.readString(site.resolve(lang + "/feed.xml")), "",
                    org.jsoup.parser.Parser.xmlParser());
            assertEquals(lang, feed.selectFirst("feed").attr("xml:lang"), lang + " feed's language");
            assertFalse(feed.select("entry").isEmpty(), lang + " feed has entries");
        }
    }

    @Test
    void eachLanguageHasALeafletAndAnOfflineEditionInItsDirection() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String lang : LANGUAGES) {
            Document home = page(lang + "/");
            Element pdfLink = home.selectFirst("main a[href$=.pdf]");
            Element offlineLink = home.selectFirst("main a[href$=.html]");
            assertNotNull(pdfLink, lang + " home links its leaflet");
            assertNotNull(offlineLink, lang + " home links its offline edition");
            Path leaflet = site.resolve(lang).resolve(pdfLink.attr("href")).normalize();
            Path offline = site.resolve(lang).resolve(offlineLink.attr("href")).normalize();
            Element html = Jsoup.parse(offline.toFile(), "UTF-8").selectFirst("html");
            assertEquals(lang, html.attr("lang"), offline.toString());
            assertEquals(Direction.of(lang).attribute(), html.attr("dir"), offline.toString());
            try (PDDocument pdf = Loader.loadPDF(leaflet.toFile())) {
                assertEquals(lang, pdf.getDocumentCatalog().getLanguage(), leaflet + ": its language");
                List<String> fonts = new ArrayList<>();
                for (PDPage pdfPage : pdf.getPages()) {
                    for (COSName name : pdfPage.getResources().getFontNames()) {
                        assertTrue(pdfPage.getResources().getFont(name).isEmbedded(), leaflet + ": embedded");
                        fonts.add(pdfPage.getResources().getFont(name).getName());
                    }
                }
                if (lang.equals("ar")) {
                    assertTrue(fonts.stream().anyMatch(font -> font.contains("NotoNaskhArabic")),
                            "the Arabic leaflet sets Arabic in the Arabic font: " + fonts);
                    // The font draws Arabic and Persian yeh alike in the middle of a word, and PDFBox names the shared
                    // glyph by the Persian letter when it reads the text back: same sound, same shape.
                    String text = new PDFTextStripper().getText(pdf).replace('\u06cc', '\u064a');
                    assertTrue(text.contains("موقع تجريبي"), "the Arabic site name reads back in order: " + text);
                }
            }
            assertEquals(List.of(), pdfUaFailures(leaflet), leaflet + ": PDF/UA-1 rules that fail");
        }
    }

    @Test
    void anArabicPageHasItsCardDrawnFromTheRight() throws Exception {
        BufferedImage card = ImageIO.read(site.resolve("ar/awwal/social-card.png").toFile());
        assertTrue(ink(card, 1120 - 300, 200, 1120, 480) > 2000, "the title ends at the right margin");
        assertEquals(0, ink(card, 80, 200, 480, 480), "a short title leaves the left of the box empty");
    }

    private static Document page(String sitePath) throws Exception {
        return Jsoup.parse(site.resolve(sitePath).resolve("index.html").toFile(), "UTF-8");
    }

    private static int ink(BufferedImage image, int left, int top, int right, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                count += (image.getRGB(x, y) & 0xff) < 0x80 ? 1 : 0;
            }
        }
        return count;
    }

    private static List<String> pdfUaFailures(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.getTotalAssertions() > 100, pdf + ": veraPDF checked the document");
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct().toList();
        }
    }
}
