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
import java.util.LinkedHashMap;
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

    /**
     * A translation may not chop the English into more, shorter sentences than this: where a language writes
     * suffixes, articles and small words into the word itself (Turkish, Arabic), its sentences count fewer words
     * than the same sentences in English, so the lower bound on their average is the English one's count instead.
     */
    private static final double MAX_SENTENCES_OVER_ENGLISH = 1.3;

    /** Where each edition says what the tests look for: the story is the same, the words are each language's. */
    private record Edition(String icsrDefinition, String glossary, List<String> glossaryTerms, String holyWar,
                           String india, String sourcesReport, String wrongOpeningQuotes,
                           boolean countsWordsLikeEnglish) {
    }

    private static final Map<String, Edition> EDITIONS = Map.of(
            "nl", new Edition("denktank die radicalisering onderzoekt", "nl/begrippen/",
                    List.of("soenniet", "kalifaat", "overloper", "jihadist", "emir", "fitna"),
                    "Dit is geen heilige oorlog", "India", "icsr-rapport", "\u201c\u00ab", true),
            "en", new Edition("think tank that studies radicalisation", "en/glossary/",
                    List.of("sunni", "caliphate", "defector", "jihadist", "emir", "fitna"),
                    "This is not a holy war", "India", "icsr-report", "\u201e\u00ab", true),
            "ar", new Edition("مركز أبحاث بريطاني يدرس التحوّل إلى التطرف", "ar/mustalahat/",
                    List.of("sunna", "khilafa", "munshaqq", "jihadi", "amir", "fitna"),
                    "ليست حربًا مقدسة", "الهند", "taqrir-icsr", "\u201e\u201c", false),
            "tr", new Edition("radikalleşmeyi inceleyen bir İngiliz düşünce kuruluşu", "tr/kavramlar/",
                    List.of("sunni", "hilafet", "ayrilan", "cihatci", "emir", "fitne"),
                    "kutsal bir savaş değil", "Hindistan", "icsr-raporu", "\u201e\u00ab", false));

    /** The editions the site is built in, each with its words; a language the tests do not know yet fails here. */
    private static Map<String, Edition> editions() throws IOException {
        Map<String, Edition> editions = new LinkedHashMap<>();
        for (String lang : StoryPages.settings().getProperty("site.languages").split(",")) {
            Edition edition = EDITIONS.get(lang.strip());
            assertNotNull(edition, "the story tests know what to look for in " + lang + ": add it to EDITIONS");
            editions.put(lang.strip(), edition);
        }
        return editions;
    }

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
    void sentencesAverageTwelveToSixteenWordsAndAtMostOneInTenHasMoreThan25() throws IOException {
        int englishSentences = sentenceLengths("en").size();
        for (Map.Entry<String, Edition> edition : editions().entrySet()) {
            String lang = edition.getKey();
            List<Integer> lengths = sentenceLengths(lang);
            List<Integer> long_ = lengths.stream().filter(words -> words > LONG_SENTENCE_WORDS).toList();
            double average = lengths.stream().mapToInt(Integer::intValue).average().orElse(0);
            assertTrue(lengths.size() > 200, lang + " has the whole story (" + lengths.size() + " sentences)");
            assertTrue(average <= MAX_AVERAGE_WORDS, lang + ": sentences average " + average + " words");
            if (edition.getValue().countsWordsLikeEnglish()) {
                assertTrue(average >= MIN_AVERAGE_WORDS, lang + ": sentences average " + average + " words, not "
                        + MIN_AVERAGE_WORDS + " to " + MAX_AVERAGE_WORDS);
            } else {
                assertTrue(lengths.size() <= englishSentences * MAX_SENTENCES_OVER_ENGLISH, lang + " has "
                        + lengths.size() + " sentences where the English has " + englishSentences);
            }
            assertTrue(long_.size() <= lengths.size() * LONG_SENTENCE_SHARE, lang + ": " + long_.size() + " of "
                    + lengths.size() + " sentences are over " + LONG_SENTENCE_WORDS + " words");
        }
    }

    /** The words of each sentence of the language's prose, split where a full stop, ! or ? (also Arabic ؟) ends it. */
    private static List<Integer> sentenceLengths(String lang) throws IOException {
        List<Integer> lengths = new ArrayList<>();
        for (Path file : htmlFiles(lang)) {
            for (Element block : parse(file).select("main .prose p, main .prose li")) {
                for (String sentence : block.text().split("(?<=[.!?\u061f])\\s+")) {
                    int words = WordRuns.words(sentence).size();
                    if (words > 0) {
                        lengths.add(words);
                    }
                }
            }
        }
        return lengths;
    }

    /** The site says once, well, what ICSR is; elsewhere it links there. */
    @Test
    void theIcsrIsDefinedAtMostTwicePerLanguage() throws IOException {
        for (Map.Entry<String, Edition> edition : editions().entrySet()) {
            String definition = edition.getValue().icsrDefinition();
            int times = 0;
            // The offline edition repeats the whole story in one file on purpose: count the site's own pages.
            for (Path file : htmlFiles(edition.getKey()).stream().filter(f -> f.endsWith("index.html")).toList()) {
                String text = parse(file).select("main").text();
                times += text.split(Pattern.quote(definition), -1).length - 1;
            }
            assertTrue(times >= 1 && times <= 2, edition.getKey() + " defines ICSR " + times + " times");
        }
    }

    @Test
    void eachChapterClosesInItsOwnWords() throws IOException {
        for (String lang : editions().keySet()) {
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
        for (Map.Entry<String, Edition> edition : editions().entrySet()) {
            String glossary = edition.getValue().glossary();
            Document page = StoryPages.page(glossary);
            for (String term : edition.getValue().glossaryTerms()) {
                assertFalse(StoryPages.section(page, term).isBlank(), glossary + " explains " + term);
                boolean linked = false;
                for (Path file : htmlFiles(edition.getKey())) {
                    String sitePath = StoryPages.SITE.relativize(file.getParent()) + "/";
                    linked |= !sitePath.equals(glossary) && StoryPages.linksTo(sitePath, parse(file), glossary, term);
                }
                assertTrue(linked, "a page of " + edition.getKey() + " links " + term + " to the glossary");
            }
        }
    }

    @Test
    void everyPageOfTheStoryCitesItsSources() throws IOException {
        for (Map.Entry<String, Edition> edition : editions().entrySet()) {
            Path sources = sourcesPage(edition.getKey(), edition.getValue().sourcesReport());
            for (Path file : htmlFiles(edition.getKey())) {
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
        for (Map.Entry<String, Edition> edition : editions().entrySet()) {
            assertQuoted(edition.getKey(), edition.getValue().holyWar(), edition.getValue().india());
        }
    }

    /** Each language its own quotation marks: Dutch „…”, English “…”, Arabic «…», Turkish “…”. */
    @Test
    void everyEditionUsesItsOwnQuotationMarks() throws IOException {
        for (Map.Entry<String, Edition> edition : editions().entrySet()) {
            for (Path file : htmlFiles(edition.getKey())) {
                String text = parse(file).select("main").text();
                for (char wrong : edition.getValue().wrongOpeningQuotes().toCharArray()) {
                    assertFalse(text.indexOf(wrong) >= 0, file + " has the opening quote " + wrong
                            + " of another language");
                }
            }
        }
    }

    /**
     * Titles, summaries and share texts are printed as written, outside the Markdown's typographic quotes: they
     * carry the typographic apostrophe (IŞİD’den, auto’s) the text around them has, not the typewriter one.
     */
    @Test
    void titlesAndPreviewsUseTheTypographicApostrophe() throws IOException {
        Pattern straight = Pattern.compile("\\p{L}'(\\p{L}|\\s)");
        List<String> found = new ArrayList<>();
        for (Path file : htmlFiles()) {
            Document page = parse(file);
            String shown = page.title() + " " + page.select("h1").text() + " "
                    + page.select("meta[name=description], meta[property^=og:]").eachAttr("content");
            if (straight.matcher(shown).find()) {
                found.add(SITE.relativize(file).toString());
            }
        }
        assertEquals(List.of(), found);
    }

    private static void assertQuoted(String lang, String words, String india) throws IOException {
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
        assertTrue(figure.select("> figcaption").text().contains(india),
                "the quotation is attributed to the defector from India");
    }

    private static Path sourcesPage(String lang, String reportSection) throws IOException {
        for (Path file : htmlFiles(lang)) {
            if (parse(file).select("main a[href^=https://icsr.info/]").size() > 0
                    && parse(file).getElementById(reportSection) != null) {
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
