package org.whytheyleft.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.story.StoryPages.BUILT;
import static org.whytheyleft.story.StoryPages.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;

/**
 * The story as the built site tells it, held to {@code content/checks/story.properties}: in its own words, in plain
 * language, every page citing its sources, difficult words explained, and the quoted words marked up as quotations.
 * Each check reads its figures and words from that file, so a campaign that writes its own story checks it too.
 */
class NarrativeIT {

    private static StoryFile story() throws IOException {
        return StoryFile.of("story.properties");
    }

    @Test
    void noRunOfEightWordsRepeatsTheNewsReport() throws IOException {
        StoryFile story = story();
        Path runs = StoryFile.CHECKS.resolve(story.needed("copied.runs"));
        Set<String> report = new HashSet<>();
        for (String line : Files.readAllLines(runs, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                report.add(line.strip());
            }
        }
        assertFalse(report.isEmpty(), runs + " holds the fingerprints of the text not to copy");
        List<String> copied = new ArrayList<>();
        for (Path file : BUILT.htmlFiles()) {
            Document page = parse(file);
            String text = page.body().text() + " " + page.select("meta[name=description]").attr("content");
            for (String run : WordRuns.runs(text)) {
                if (report.contains(WordRuns.fingerprint(run))) {
                    copied.add(BUILT.site.relativize(file) + ": \"" + run + "\"");
                }
            }
        }
        assertEquals(List.of(), copied, "sentences of the source text must be rewritten in our own words");
    }

    @Test
    void sentencesAreShortEnoughForPlainLanguage() throws IOException {
        StoryFile story = story();
        double[] average = story.range("sentences.average");
        int longWords = (int) story.range("sentences.long.words")[0];
        double longShare = story.range("sentences.long.share")[0];
        int atLeast = (int) story.range("sentences.at.least")[0];
        int referenceSentences = sentenceLengths(story.needed("translation.reference")).size();
        for (String lang : RealSite.languages()) {
            List<Integer> lengths = sentenceLengths(lang);
            long over = lengths.stream().filter(words -> words > longWords).count();
            double mean = lengths.stream().mapToInt(Integer::intValue).average().orElse(0);
            assertTrue(lengths.size() >= atLeast, lang + " has the whole story (" + lengths.size() + " sentences)");
            assertTrue(mean <= average[1], lang + ": sentences average " + mean + " words");
            if (Boolean.parseBoolean(story.needed("sentences.counted.like.reference." + lang))) {
                assertTrue(mean >= average[0], lang + ": sentences average " + mean + " words, not " + average[0]
                        + " to " + average[1]);
            } else {
                double ratio = story.range("sentences.over.reference")[0];
                assertTrue(lengths.size() <= referenceSentences * ratio, lang + " has " + lengths.size()
                        + " sentences where the reference language has " + referenceSentences);
            }
            assertTrue(over <= lengths.size() * longShare, lang + ": " + over + " of " + lengths.size()
                    + " sentences are over " + longWords + " words");
        }
    }

    /** The words of each sentence of the language's prose, split where a full stop, ! or ? (also Arabic ؟) ends it. */
    private static List<Integer> sentenceLengths(String lang) throws IOException {
        List<Integer> lengths = new ArrayList<>();
        for (Path file : BUILT.htmlFiles(lang)) {
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

    /** The site says once, well, what its main source is; elsewhere it links there. */
    @Test
    void theSourceIsDefinedAsOftenAsTheStorySays() throws IOException {
        StoryFile story = story();
        double[] times = story.range("definition.times");
        for (String lang : RealSite.languages()) {
            String definition = story.needed("definition." + lang);
            int found = 0;
            // The offline edition repeats the whole story in one file on purpose: count the site's own pages.
            for (Path file : BUILT.htmlFiles(lang).stream().filter(f -> f.endsWith("index.html")).toList()) {
                String text = parse(file).select("main").text();
                found += text.split(Pattern.quote(definition), -1).length - 1;
            }
            assertTrue(found >= times[0] && found <= times[1], lang + " says “" + definition + "” " + found
                    + " times, not " + (int) times[0] + " to " + (int) times[1] + " (" + story.where("definition."
                    + lang) + ")");
        }
    }

    @Test
    void eachChapterClosesInItsOwnWords() throws IOException {
        int expected = (int) story().range("chapters")[0];
        for (String lang : RealSite.languages()) {
            Set<String> closes = new HashSet<>();
            Set<String> headings = new HashSet<>();
            int chapters = 0;
            for (Path file : BUILT.htmlFiles(lang)) {
                Document page = parse(file);
                if (page.selectFirst("main.page--chapter") == null) {
                    continue;
                }
                chapters++;
                List<Element> sections = page.select("main .prose h2");
                assertFalse(sections.isEmpty(), file + " has sections");
                Element last = sections.get(sections.size() - 1);
                assertTrue(headings.add(last.text()), file + " closes under a heading of its own: " + last.text());
                assertTrue(closes.add(last.nextElementSibling().text()), file + " closes with a paragraph of its own");
            }
            assertEquals(expected, chapters, lang + " has " + expected + " chapters");
        }
    }

    /** Words a reader may not know link to the glossary, which explains each of them. */
    @Test
    void difficultWordsLinkToTheGlossary() throws IOException {
        StoryFile story = story();
        for (String lang : RealSite.languages()) {
            String glossary = story.needed("glossary." + lang);
            Document page = BUILT.page(glossary);
            for (String term : story.list("glossary.terms." + lang)) {
                String explained = StoryPages.section(page, term);
                assertTrue(explained != null && !explained.isBlank(), glossary + " explains " + term + " under #"
                        + term + " (" + story.where("glossary.terms." + lang) + ")");
                boolean linked = false;
                for (Path file : BUILT.htmlFiles(lang)) {
                    String sitePath = BUILT.site.relativize(file.getParent()) + "/";
                    linked |= !sitePath.equals(glossary) && BUILT.linksTo(sitePath, parse(file), glossary, term);
                }
                assertTrue(linked, "a page of " + lang + " links " + term + " to the glossary");
            }
        }
    }

    @Test
    void everyPageOfTheStoryCitesItsSources() throws IOException {
        StoryFile story = story();
        String outside = story.needed("sources.site");
        for (String lang : RealSite.languages()) {
            Path sources = BUILT.site.resolve(story.needed("sources." + lang)).normalize();
            assertTrue(Files.isDirectory(sources), story.where("sources." + lang) + " names a page of the site");
            for (Path file : BUILT.htmlFiles(lang)) {
                boolean cites = false;
                for (Element link : parse(file).select("main a[href]")) {
                    String href = link.attr("href");
                    cites |= href.startsWith(outside) || (!href.startsWith("http") && file.getParent()
                            .resolve(href.replaceAll("#.*", "")).normalize().equals(sources));
                }
                assertTrue(cites, BUILT.site.relativize(file) + " links to the sources page or to " + outside);
            }
        }
    }

    @Test
    void theQuotedWordsAreAMarkedUpQuotationInTheirChapter() throws IOException {
        StoryFile story = story();
        String chapter = story.needed("quotation.chapter");
        for (String lang : RealSite.languages()) {
            String words = story.needed("quotation.words." + lang);
            Element quote = null;
            for (Path file : BUILT.htmlFiles(lang)) {
                Document page = parse(file);
                if (page.selectFirst(".chapter-number") != null && page.text().contains(words)) {
                    for (Element candidate : page.select("blockquote, q")) {
                        if (candidate.text().contains(words)) {
                            quote = candidate;
                        }
                    }
                    assertTrue(page.selectFirst(".chapter-number").text().contains(chapter), file + " is chapter "
                            + chapter);
                }
            }
            assertNotNull(quote, "“" + words + "” is a blockquote or q in " + lang);
            Element figure = quote.closest("figure");
            assertNotNull(figure, "the quotation stands in a figure with its source");
            assertTrue(figure.select("> figcaption").text().contains(story.needed("quotation.attribution." + lang)),
                    "the quotation is attributed as " + story.where("quotation.attribution." + lang) + " says");
        }
    }

    /** Each language its own quotation marks: the opening marks of other languages are not in its text. */
    @Test
    void everyEditionUsesItsOwnQuotationMarks() throws IOException {
        StoryFile story = story();
        for (String lang : RealSite.languages()) {
            String foreign = story.needed("quotes.foreign." + lang);
            for (Path file : BUILT.htmlFiles(lang)) {
                String text = parse(file).select("main").text();
                for (char wrong : foreign.toCharArray()) {
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
        assertEquals("typographic", story().needed("titles.apostrophe"));
        Pattern straight = Pattern.compile("\\p{L}'(\\p{L}|\\s)");
        List<String> found = new ArrayList<>();
        for (Path file : BUILT.htmlFiles()) {
            Document page = parse(file);
            String shown = page.title() + " " + page.select("h1").text() + " "
                    + page.select("meta[name=description], meta[property^=og:]").eachAttr("content");
            if (straight.matcher(shown).find()) {
                found.add(BUILT.site.relativize(file).toString());
            }
        }
        assertEquals(List.of(), found);
    }
}
