package org.whytheyleft.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.whytheyleft.RealSite;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;

/**
 * The print leaflet of each language of the real site, read back with PDFBox as a reader's PDF viewer, a screen
 * reader and a phone's camera would: one A4 sheet at most, titled and in its language, tagged, every font embedded,
 * every chapter's title and the campaign's count in its text, a QR code that leads to the language's home page, and linked with its size from
 * the home page and the campaign kit.
 */
class LeafletIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath()
            .normalize();
    private static final List<String> LANGUAGES = RealSite.languages();

    @Test
    void eachLeafletIsOneTaggedA4SheetAtMostTitledAndInItsLanguage() throws IOException {
        for (String lang : LANGUAGES) {
            try (PDDocument pdf = Loader.loadPDF(leaflet(lang).toFile())) {
                assertTrue(pdf.getNumberOfPages() <= 2, lang + ": both sides of one sheet at most");
                PDPage first = pdf.getPage(0);
                assertEquals(595, Math.round(first.getMediaBox().getWidth()), lang + ": A4 wide");
                assertEquals(842, Math.round(first.getMediaBox().getHeight()), lang + ": A4 high");
                assertEquals(lang, pdf.getDocumentCatalog().getLanguage(), lang + ": the document's language");
                assertEquals(siteName(lang), pdf.getDocumentInformation().getTitle(), lang + ": the title");
                assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                        lang + ": viewers show the title, not the file name");
                PDStructureTreeRoot structure = pdf.getDocumentCatalog().getStructureTreeRoot();
                assertNotNull(structure, lang + ": a structure tree for assistive technology");
                assertFalse(structure.getKids().isEmpty(), lang + ": the structure tree has the text in order");
                assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), lang + ": marked as tagged");
                assertNotNull(pdf.getDocumentCatalog().getMetadata(), lang + ": XMP metadata");
            }
        }
    }

    /** veraPDF, the reference validator, with its own PDF/UA-1 profile (machine-checkable rules only). */
    @Test
    void eachLeafletPassesVeraPdfsPdfUa1Profile() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String lang : LANGUAGES) {
            try (InputStream in = Files.newInputStream(leaflet(lang));
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
                        .map(assertion -> assertion.getRuleId().getClause() + "-"
                                + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                        .distinct().toList();
                System.out.printf("veraPDF, %s: %s, %d checks%n", leaflet(lang).getFileName(),
                        result.getProfileDetails().getName(), result.getTotalAssertions());
                assertTrue(result.getTotalAssertions() > 100, lang + ": veraPDF checked the document");
                assertEquals(List.of(), failed, lang + ": PDF/UA-1 rules that fail");
                assertTrue(result.isCompliant(), lang + " is PDF/UA-1 compliant by veraPDF's profile");
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndEveryChapterIsInTheText() throws IOException {
        for (String lang : LANGUAGES) {
            try (PDDocument pdf = Loader.loadPDF(leaflet(lang).toFile())) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        fonts.add(font.getName());
                        assertTrue(font.isEmbedded(), lang + ": " + font.getName() + " is embedded");
                    }
                }
                assertFalse(fonts.isEmpty(), lang + ": the text is set in fonts");
                assertTrue(fonts.stream().allMatch(font -> font.contains("SourceSerif4")
                        || font.contains("NotoNaskhArabic")), lang + ": only the shipped fonts: " + fonts);
                String text = readBack(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
                List<String> chapters = chapterTitles(lang);
                assertFalse(chapters.isEmpty(), lang + " has its chapters");
                for (String title : chapters) {
                    assertReadsBack(text, title, lang + ": the leaflet names '" + title + "'");
                }
                assertReadsBack(text, siteName(lang), lang + ": the site name");
                RealSite.setting("figure.count").ifPresent(count -> assertTrue(text.contains(count),
                        lang + ": the campaign's count, " + count));
                assertTrue(text.contains(canonical(lang)), lang + ": the address, for those who cannot scan");
            }
        }
    }

    /** Home printers cannot print to the edge, and many copies are made on grey-scale copiers. */
    @Test
    void everyLetterIsAtLeast12MillimetresFromTheEdgeAndNothingIsInColour() throws IOException {
        float margin = 12 / 25.4f * 72;
        for (String lang : LANGUAGES) {
            try (PDDocument pdf = Loader.loadPDF(leaflet(lang).toFile())) {
                List<String> outside = new ArrayList<>();
                PDFTextStripper letters = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition letter : positions) {
                            float width = letter.getPageWidth();
                            float height = letter.getPageHeight();
                            if (letter.getXDirAdj() < margin || letter.getXDirAdj() + letter.getWidthDirAdj()
                                    > width - margin || letter.getYDirAdj() - letter.getHeightDir() < margin
                                    || letter.getYDirAdj() > height - margin) {
                                outside.add(letter.getUnicode() + " at " + letter.getXDirAdj() + ","
                                        + letter.getYDirAdj());
                            }
                        }
                    }
                };
                letters.getText(pdf);
                assertEquals(List.of(), outside, lang + ": letters in the outer 12 mm");
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 72, ImageType.RGB);
                    int coloured = 0;
                    for (int y = 0; y < image.getHeight(); y++) {
                        for (int x = 0; x < image.getWidth(); x++) {
                            int rgb = image.getRGB(x, y);
                            int r = (rgb >> 16) & 0xff;
                            int g = (rgb >> 8) & 0xff;
                            int b = rgb & 0xff;
                            coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 16 ? 1 : 0;
                        }
                    }
                    assertEquals(0, coloured, lang + ": pixels in colour on page " + (page + 1));
                }
            }
        }
    }

    @Test
    void theQrCodeOnThePrintedSheetLeadsToTheHomePage() throws Exception {
        for (String lang : LANGUAGES) {
            try (PDDocument pdf = Loader.loadPDF(leaflet(lang).toFile())) {
                String found = null;
                for (int page = 0; page < pdf.getNumberOfPages() && found == null; page++) {
                    found = decode(new PDFRenderer(pdf).renderImageWithDPI(page, 300, ImageType.GRAY));
                }
                assertEquals(canonical(lang), found, lang + ": the QR code leads to the home page");
                assertEquals(RealSite.address() + lang + "/", found, lang + ": the QR code leads to the site's"
                        + " published address, never to this computer");
            }
        }
    }

    @Test
    void theHomePageAndTheCampaignKitLinkToTheLeafletWithItsSize() throws IOException {
        for (String lang : LANGUAGES) {
            for (Path page : List.of(SITE.resolve(lang).resolve("index.html"), kitPage(lang))) {
                Document document = Jsoup.parse(page.toFile(), "UTF-8");
                Element link = document.selectFirst("main a[href$=.pdf]");
                assertNotNull(link, page + " links to the leaflet");
                assertEquals(leaflet(lang), page.getParent().resolve(link.attr("href")).normalize(), page.toString());
                long kilobytes = (Files.size(leaflet(lang)) + 1023) / 1024;
                // The format and size in the words of the language's bundle: "(PDF, 33 kB)", "(PDF، 33 كيلوبايت)".
                assertTrue(link.parent().text().matches("(?s).*\\(\\W*PDF\\W*\\s" + kilobytes + "\\s.*"),
                        link.parent().text());
            }
        }
    }

    /**
     * That {@code text}, read back from a leaflet, holds {@code expected}. PDFBox reads a right-to-left line with a
     * left-to-right run in it (a number in a Persian or Arabic name) back as pieces, each in its order but the
     * pieces in the order they stand on the line; so each run of one direction must be there, and a text in one
     * direction must be there whole.
     */
    private static void assertReadsBack(String text, String expected, String message) {
        Bidi runs = new Bidi(expected, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        for (int run = 0; run < runs.getRunCount(); run++) {
            String piece = expected.substring(runs.getRunStart(run), runs.getRunLimit(run)).strip();
            assertTrue(piece.isEmpty() || text.contains(readBack(piece)), message + ": '" + piece + "' in " + text);
        }
    }

    /**
     * Text as it reads back from the PDF, where it can differ from what was set though the page looks the same: the
     * Arabic font draws some letters with one glyph (final ى and ی, final ه and ە), which PDFBox names by one of
     * them, and the joining adds a tatweel before a vowel mark at a word's end; the Latin font draws the apostrophe
     * (IŞİD’den) and the modifier letter apostrophe with one glyph too.
     */
    private static String readBack(String text) {
        return text.replace("\u0640", "").replace('\u06cc', '\u064a').replace('\u0649', '\u064a')
                .replace('\u06d5', '\u0647').replace('\u02bc', '\u2019');
    }

    private static String decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (com.google.zxing.NotFoundException e) {
            return null;
        }
    }

    /** The leaflet of a language, named by its message bundle. */
    static Path leaflet(String lang) throws IOException {
        Path file = SITE.resolve(lang).resolve(RealSite.bundle(lang).getProperty("leaflet.file") + ".pdf");
        assertTrue(Files.isRegularFile(file), file + " is built");
        return file;
    }

    private static Path kitPage(String lang) throws IOException {
        for (SourcePage page : pages()) {
            if (page.value("lang").equals(lang) && page.value("type").equals("kit")) {
                String path = page.path();
                return SITE.resolve(path.substring(0, path.length() - ".md".length())).resolve("index.html");
            }
        }
        throw new AssertionError("no kit page in " + lang);
    }

    private static List<String> chapterTitles(String lang) throws IOException {
        return pages().stream().filter(p -> p.value("lang").equals(lang) && p.field("chapter").isPresent())
                .map(p -> p.value("title")).toList();
    }

    private static List<SourcePage> pages() throws IOException {
        return new ContentReader(PROJECT).read(PROJECT.resolve("content")).pages().stream()
                .filter(SourcePage::isPublished).toList();
    }

    private static String canonical(String lang) throws IOException {
        return Jsoup.parse(SITE.resolve(lang).resolve("index.html").toFile(), "UTF-8")
                .selectFirst("link[rel=canonical]").attr("href");
    }

    private static String siteName(String lang) throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("content/site.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        return settings.getProperty("site.name." + lang);
    }
}
