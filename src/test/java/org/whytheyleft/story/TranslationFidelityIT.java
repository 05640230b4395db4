package org.whytheyleft.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.story.StoryPages.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;

/**
 * Every edition tells the story its reference edition tells (English here), with the same evidence: in the
 * authored text of each page, the same figures, the same outside sources, the same pages cited and as many
 * quotations. The editions are translated from the English, so a figure that appears in one and not the other, or a source that one cites and
 * the other does not, is a translation that added or lost a fact.
 */
class TranslationFidelityIT {

    /** The language the others are translated from ({@code translation.reference} of the story's checks). */
    private static String reference() throws IOException {
        return StoryFile.of("story.properties").needed("translation.reference");
    }

    /**
     * Small numbers are written as words in one language and as digits in another (the English home page says
     * "seventeen countries", the Arabic one 17): only those from {@code translation.numbers.from} up are compared.
     */
    private static int comparedFrom() throws IOException {
        return (int) StoryFile.of("story.properties").range("translation.numbers.from")[0];
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Test
    void everyEditionStatesTheFiguresOfItsReferenceAndNoOthers() throws IOException {
        List<String> drift = new ArrayList<>();
        int from = comparedFrom();
        forEachCounterpart((english, translation, where) -> {
            Set<Integer> ours = numbers(translation);
            Set<Integer> theirs = numbers(english);
            for (int n : theirs) {
                if (n >= from && !ours.contains(n)) {
                    drift.add(where + " lacks " + n);
                }
            }
            for (int n : ours) {
                if (n >= from && !theirs.contains(n)) {
                    drift.add(where + " adds " + n);
                }
            }
        });
        assertEquals(List.of(), drift);
    }

    @Test
    void everyEditionCitesTheSameOutsideSources() throws IOException {
        List<String> drift = new ArrayList<>();
        forEachCounterpart((english, translation, where) -> {
            Set<String> ours = outsideLinks(translation);
            Set<String> theirs = outsideLinks(english);
            if (!ours.equals(theirs)) {
                Set<String> lacks = new TreeSet<>(theirs);
                lacks.removeAll(ours);
                Set<String> adds = new TreeSet<>(ours);
                adds.removeAll(theirs);
                drift.add(where + " lacks " + lacks + ", adds " + adds);
            }
        });
        assertEquals(List.of(), drift);
    }

    /** A finding is backed by a link to the section of the sources page, or to another page: the same ones. */
    @Test
    void everyEditionLinksTheSamePagesOfItsOwnLanguage() throws IOException {
        List<String> drift = new ArrayList<>();
        forEachCounterpart((english, translation, where) -> {
            Map<String, Integer> ours = pagesLinked(translation.page(), translation.file(), reference());
            Map<String, Integer> theirs = pagesLinked(english.page(), english.file(), reference());
            if (!ours.keySet().equals(theirs.keySet())) {
                drift.add(where + " links " + ours.keySet() + ", its reference " + theirs.keySet());
            }
        });
        assertEquals(List.of(), drift);
    }

    @Test
    void everyEditionQuotesAsOftenAsItsReference() throws IOException {
        List<String> drift = new ArrayList<>();
        forEachCounterpart((english, translation, where) -> {
            int ours = translation.page().select("main .prose blockquote").size();
            int theirs = english.page().select("main .prose blockquote").size();
            if (ours != theirs) {
                drift.add(where + " has " + ours + " block quotations, the English " + theirs);
            }
        });
        assertEquals(List.of(), drift);
    }

    private record Edition(Path file, Document page) {
    }

    private interface Comparison {
        void compare(Edition english, Edition translation, String where) throws IOException;
    }

    /** Each page of the reference beside each of its counterparts, found the way a browser finds them: by hreflang. */
    private static void forEachCounterpart(Comparison comparison) throws IOException {
        String reference = reference();
        int compared = 0;
        for (Path file : StoryPages.BUILT.htmlFiles(reference)) {
            Document english = parse(file);
            for (Element alternate : english.select("link[rel=alternate][hreflang]")) {
                String lang = alternate.attr("hreflang");
                if (lang.equals(reference) || lang.equals("x-default")) {
                    continue;
                }
                Path other = sitePath(alternate.attr("href")).resolve("index.html");
                assertTrue(Files.isRegularFile(other), file + " names a counterpart that is not there: " + other);
                comparison.compare(new Edition(file, english), new Edition(other, parse(other)),
                        StoryPages.BUILT.site.relativize(other) + " (against "
                                + StoryPages.BUILT.site.relativize(file) + ")");
                compared++;
            }
        }
        assertTrue(compared > 0, "the " + reference + " pages have counterparts to compare");
    }

    private static Set<Integer> numbers(Edition edition) {
        Set<Integer> numbers = new TreeSet<>();
        Element main = edition.page().selectFirst("main .prose");
        Matcher matcher = NUMBER.matcher(main == null ? "" : main.text());
        while (matcher.find()) {
            if (matcher.group().length() < 6) {
                numbers.add(Integer.parseInt(matcher.group()));
            }
        }
        return numbers;
    }

    private static Set<String> outsideLinks(Edition edition) {
        Set<String> links = new TreeSet<>();
        for (Element link : edition.page().select("main .prose a[href^=http]")) {
            links.add(link.attr("href"));
        }
        return links;
    }

    /** The pages a page's text links to, named by their counterpart in the reference language, with how often. */
    private static Map<String, Integer> pagesLinked(Document page, Path file, String reference) throws IOException {
        Map<String, Integer> linked = new TreeMap<>();
        for (Element link : page.select("main .prose a[href]")) {
            String href = link.attr("href").replaceAll("#.*", "");
            if (href.isEmpty() || href.startsWith("http") || href.startsWith("mailto:")) {
                continue;
            }
            Path target = file.getParent().resolve(href).normalize();
            Path html = Files.isDirectory(target) ? target.resolve("index.html") : target;
            if (!html.toString().endsWith(".html") || !Files.isRegularFile(html)) {
                continue;
            }
            linked.merge(referenceName(html, reference), 1, Integer::sum);
        }
        return linked;
    }

    private static String referenceName(Path html, String reference) throws IOException {
        Element counterpart = parse(html).selectFirst("link[rel=alternate][hreflang=" + reference + "]");
        return counterpart == null ? StoryPages.BUILT.site.relativize(html).toString() : counterpart.attr("href");
    }

    /** Where an absolute address of this site is in the built site. */
    private static Path sitePath(String address) throws IOException {
        String base = RealSite.address();
        assertTrue(address.startsWith(base), address + " is on this site, " + base);
        return StoryPages.BUILT.site.resolve(address.substring(base.length()));
    }
}
