package org.whytheyleft.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The story as the built site tells it: in our own words, in plain language, every page citing its sources, and
 * the defector's words marked up as a quotation.
 */
class NarrativeIT {

    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath();
    private static final double LONG_SENTENCE_SHARE = 0.10;
    private static final int LONG_SENTENCE_WORDS = 25;

    @Test
    void noRunOfEightWordsRepeatsTheNewsReport() throws IOException {
        Set<String> report = reportFingerprints();
        assertTrue(report.size() > 400, "the fingerprints of the news report are there");
        List<String> copied = new ArrayList<>();
        for (Path file : htmlFiles()) {
            Document page = parse(file);
            String text = page.body().text() + " " + page.select("meta[name=description]").attr("content");
            for (String run : WordRuns.runs(text)) {
                if (report.contains(WordRuns.fingerprint(run))) {
                    copied.add(SITE.relativize(file) + ": \"" + run + "\"");
                }
            }
        }
        assertEquals(List.of(), copied, "sentences of the news report must be rewritten in our own words");
    }

    @Test
    void atMostOneSentenceInTenHasMoreThan25Words() throws IOException {
        for (String lang : List.of("nl", "en")) {
            int sentences = 0;
            List<String> long_ = new ArrayList<>();
            for (Path file : htmlFiles(lang)) {
                for (Element block : parse(file).select("main p, main li, main h2, main h3, main blockquote")) {
                    for (String sentence : block.ownText().isEmpty() ? List.<String>of()
                            : List.of(block.text().split("(?<=[.!?])\\s+"))) {
                        int words = WordRuns.words(sentence).size();
                        if (words == 0) {
                            continue;
                        }
                        sentences++;
                        if (words > LONG_SENTENCE_WORDS) {
                            long_.add(words + " words: " + sentence);
                        }
                    }
                }
            }
            assertTrue(sentences > 100, lang + " has the whole story (" + sentences + " sentences)");
            assertTrue(long_.size() <= sentences * LONG_SENTENCE_SHARE, lang + ": " + long_.size() + " of "
                    + sentences + " sentences are over " + LONG_SENTENCE_WORDS + " words: " + long_);
        }
    }

    @Test
    void everyPageOfTheStoryCitesItsSources() throws IOException {
        for (String lang : List.of("nl", "en")) {
            Path sources = sourcesPage(lang);
            for (Path file : htmlFiles(lang)) {
                boolean cites = false;
                for (Element link : parse(file).select("main a[href]")) {
                    String href = link.attr("href");
                    cites |= href.startsWith("https://icsr.info/")
                            || (!href.startsWith("http") && file.getParent().resolve(href.replaceAll("#.*", ""))
                            .normalize().equals(sources));
                }
                assertTrue(cites, SITE.relativize(file) + " links to the sources page or to the report");
            }
        }
    }

    @Test
    void theDefectorsWordsInChapterThreeAreAMarkedUpQuotation() throws IOException {
        assertQuoted("nl", "Dit is geen heilige oorlog");
        assertQuoted("en", "This is not a holy war");
    }

    @Test
    void dutchPagesUseDutchQuotationMarksAndEnglishPagesEnglishOnes() throws IOException {
        for (Path file : htmlFiles("nl")) {
            assertFalse(parse(file).select("main").text().contains("\u201c"), file + " has no English opening quote");
        }
        for (Path file : htmlFiles("en")) {
            assertFalse(parse(file).select("main").text().contains("\u201e"), file + " has no Dutch opening quote");
        }
    }

    private static void assertQuoted(String lang, String words) throws IOException {
        Element quote = null;
        for (Path file : htmlFiles(lang)) {
            Document page = parse(file);
            if (page.selectFirst(".chapter-number") != null && page.text().contains(words)) {
                for (Element candidate : page.select("blockquote, q")) {
                    if (candidate.text().contains(words)) {
                        quote = candidate;
                    }
                }
                assertTrue(page.selectFirst(".chapter-number").text().contains("3"), file + " is chapter 3");
            }
        }
        assertNotNull(quote, "\"" + words + "\" is a blockquote or q in " + lang);
        Element figure = quote.closest("figure");
        assertNotNull(figure, "the quotation stands in a figure with its source");
        assertTrue(figure.select("> figcaption").text().contains("India"),
                "the quotation is attributed to the defector from India");
    }

    private static Path sourcesPage(String lang) throws IOException {
        for (Path file : htmlFiles(lang)) {
            if (parse(file).select("main a[href^=https://icsr.info/]").size() > 0
                    && parse(file).getElementById(lang.equals("nl") ? "icsr-rapport" : "icsr-report") != null) {
                return file.getParent();
            }
        }
        throw new AssertionError("no sources page in " + lang);
    }

    private static Set<String> reportFingerprints() throws IOException {
        Set<String> fingerprints = new HashSet<>();
        try (InputStream in = NarrativeIT.class.getResourceAsStream("/narrative/news-report-runs.sha256")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fingerprints.add(line.strip());
                }
            }
        }
        return fingerprints;
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<Path> htmlFiles(String lang) throws IOException {
        return htmlFiles().stream().filter(p -> SITE.relativize(p).toString().startsWith(lang + "/")).toList();
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }
}
