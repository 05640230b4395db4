package org.whytheyleft.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.narrative.StoryPages.SITE;
import static org.whytheyleft.narrative.StoryPages.htmlFiles;
import static org.whytheyleft.narrative.StoryPages.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The story as the built site tells it: in our own words, in plain language, every page citing its sources, and
 * the defector's words marked up as a quotation.
 */
class NarrativeIT {

    private static final double LONG_SENTENCE_SHARE = 0.10;
    private static final double MIN_AVERAGE_WORDS = 12;
    private static final double MAX_AVERAGE_WORDS = 16;
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
    void sentencesAverageTwelveToFifteenWordsAndAtMostOneInTenHasMoreThan25() throws IOException {
        for (String lang : List.of("nl", "en")) {
            List<Integer> lengths = new ArrayList<>();
            List<String> long_ = new ArrayList<>();
            for (Path file : htmlFiles(lang)) {
                for (Element block : parse(file).select("main .prose p, main .prose li")) {
                    for (String sentence : block.text().split("(?<=[.!?])\\s+")) {
                        int words = WordRuns.words(sentence).size();
                        if (words > 0) {
                            lengths.add(words);
                        }
                        if (words > LONG_SENTENCE_WORDS) {
                            long_.add(words + " words: " + sentence);
                        }
                    }
                }
            }
            double average = lengths.stream().mapToInt(Integer::intValue).average().orElse(0);
            assertTrue(lengths.size() > 200, lang + " has the whole story (" + lengths.size() + " sentences)");
            assertTrue(average >= MIN_AVERAGE_WORDS && average <= MAX_AVERAGE_WORDS, lang + ": sentences average "
                    + average + " words, not " + MIN_AVERAGE_WORDS + " to " + MAX_AVERAGE_WORDS);
            assertTrue(long_.size() <= lengths.size() * LONG_SENTENCE_SHARE, lang + ": " + long_.size() + " of "
                    + lengths.size() + " sentences are over " + LONG_SENTENCE_WORDS + " words: " + long_);
        }
    }

    /** The site says once, well, what ICSR is; elsewhere it links there. */
    @Test
    void theIcsrIsDefinedAtMostTwicePerLanguage() throws IOException {
        for (String[] definition : List.of(new String[] {"nl", "denktank die radicalisering onderzoekt"},
                new String[] {"en", "think tank that studies radicalisation"})) {
            int times = 0;
            // The offline edition repeats the whole story in one file on purpose: count the site's own pages.
            for (Path file : htmlFiles(definition[0]).stream().filter(f -> f.endsWith("index.html")).toList()) {
                String text = parse(file).select("main").text();
                times += text.split(Pattern.quote(definition[1]), -1).length - 1;
            }
            assertTrue(times >= 1 && times <= 2, definition[0] + " defines ICSR " + times + " times");
        }
    }

    @Test
    void eachChapterClosesInItsOwnWords() throws IOException {
        for (String lang : List.of("nl", "en")) {
            Set<String> closes = new HashSet<>();
            Set<String> headings = new HashSet<>();
            int chapters = 0;
            for (Path file : htmlFiles(lang)) {
                Document page = parse(file);
                if (page.selectFirst("main.page--chapter") == null) {
                    continue;
                }
                chapters++;
                List<Element> sections = page.select("main .prose h2");
                Element last = sections.get(sections.size() - 1);
                assertTrue(headings.add(last.text()), file + " closes under a heading of its own: " + last.text());
                assertTrue(closes.add(last.nextElementSibling().text()), file + " closes with a paragraph of its own");
            }
            assertEquals(4, chapters, lang + " has four chapters");
        }
    }

    /** Words a reader may not know link to the glossary, which explains each of them. */
    @Test
    void difficultWordsLinkToTheGlossary() throws IOException {
        Map<String, List<String>> terms = Map.of(
                "nl/begrippen/", List.of("soenniet", "kalifaat", "overloper", "jihadist", "emir", "fitna"),
                "en/glossary/", List.of("sunni", "caliphate", "defector", "jihadist", "emir", "fitna"));
        for (Map.Entry<String, List<String>> glossary : terms.entrySet()) {
            Document page = StoryPages.page(glossary.getKey());
            String lang = glossary.getKey().substring(0, 2);
            for (String term : glossary.getValue()) {
                assertFalse(StoryPages.section(page, term).isBlank(), glossary.getKey() + " explains " + term);
                boolean linked = false;
                for (Path file : htmlFiles(lang)) {
                    String sitePath = StoryPages.SITE.relativize(file.getParent()) + "/";
                    linked |= !sitePath.equals(glossary.getKey())
                            && StoryPages.linksTo(sitePath, parse(file), glossary.getKey(), term);
                }
                assertTrue(linked, "a page of " + lang + " links " + term + " to the glossary");
            }
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
}
