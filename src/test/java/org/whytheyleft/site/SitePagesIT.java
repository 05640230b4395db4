package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whytheyleft.RealSite;

/** The baked real site: a page per content file at its clean URL, in its language, linked to its counterpart. */
class SitePagesIT {

    @Test
    void everyContentFileIsAPageAtItsCleanUrl() throws IOException {
        List<String> pages = BuiltSite.contentPages();
        assertTrue(pages.size() >= 2, "the project has content pages");
        for (String page : pages) {
            Path file = BuiltSite.pageFile(page);
            assertTrue(Files.isRegularFile(file), page + " is published as " + BuiltSite.SITE.relativize(file));
            Document html = BuiltSite.parse(file);
            assertEquals(BuiltSite.header(page, "lang"), html.selectFirst("html").attr("lang"), page + " lang");
            assertEquals(1, html.select("h1").size(), page + " has one h1");
            assertEquals(BuiltSite.header(page, "title"), html.selectFirst("h1").text(), page + " h1 is its title");
            assertEquals(BuiltSite.header(page, "summary"),
                    html.selectFirst("meta[name=description]").attr("content"), page + " description");
        }
    }

    @Test
    void everyLanguageHasTheSamePagesEachLinkedToEveryCounterpartBothWays() throws IOException {
        List<String> pages = BuiltSite.contentPages();
        for (String lang : RealSite.languages()) {
            assertEquals(pages.stream().filter(p -> p.startsWith(RealSite.languages().get(0) + "/")).count(),
                    pages.stream().filter(p -> p.startsWith(lang + "/")).count(), lang + ": as many pages as the first");
        }
        assertEquals(List.of(), checks().counterparts());
    }

    @Test
    void everyPageIsInItsLanguageAndDirectionAndSoIsEveryRunInAnotherLanguage() throws IOException {
        assertEquals(List.of(), checks().directions());
    }

    private static LanguageChecks checks() throws IOException {
        return new LanguageChecks(BuiltSite.CONTENT, BuiltSite.SITE, RealSite.languages());
    }

    @Test
    void chaptersAreNumberedInOrderWithPreviousAndNext() throws IOException {
        for (String lang : RealSite.languages()) {
            List<Document> chapters = new ArrayList<>();
            for (String page : BuiltSite.contentPages()) {
                if (page.startsWith(lang + "/") && "chapter".equals(BuiltSite.header(page, "type"))) {
                    chapters.add(BuiltSite.parse(BuiltSite.pageFile(page)));
                }
            }
            assertFalse(chapters.isEmpty(), lang + " has chapters");
            List<String> numbers = chapters.stream().map(c -> c.selectFirst(".chapter-number").text()).sorted().toList();
            assertEquals(chapters.size(), numbers.stream().distinct().count(), lang + ": each chapter its own number");
            long withoutPrevious = chapters.stream().filter(c -> c.selectFirst("a[rel=prev]") == null).count();
            long withoutNext = chapters.stream().filter(c -> c.selectFirst("a[rel=next]") == null).count();
            assertEquals(1, withoutPrevious, "only the first chapter has no previous link");
            assertEquals(1, withoutNext, "only the last chapter has no next link");
            for (Document chapter : chapters) {
                String position = chapter.selectFirst(".chapter-number").text();
                long heard = chapter.select("main *:containsOwn(" + position + ")").stream()
                        .filter(element -> element.closest("[aria-hidden=true]") == null).count();
                assertEquals(1, heard, "a screen reader hears \"" + position + "\" once");
            }
        }
    }

    @Test
    void theFooterHeadsEachOfItsListsWithItsOwnHeading() throws IOException {
        for (String page : BuiltSite.contentPages()) {
            Element nav = BuiltSite.parse(BuiltSite.pageFile(page)).selectFirst("footer nav");
            assertEquals(nav.select("ol, ul").size(), nav.select("h2").size(), page);
            for (Element list : nav.select("ol, ul")) {
                assertEquals("h2", list.previousElementSibling().tagName(), page + ": a heading before each list");
            }
        }
    }

    @Test
    void everyPageNamesItsPublisherInItsOwnLanguage() throws IOException {
        for (String page : BuiltSite.contentPages()) {
            String lang = page.substring(0, page.indexOf('/'));
            String own = RealSite.setting("campaign.name." + lang).orElseThrow();
            String footer = BuiltSite.parse(BuiltSite.pageFile(page)).selectFirst("footer").text();
            assertTrue(footer.contains(own), page + " names the publisher as " + own);
            for (String other : RealSite.languages()) {
                String name = RealSite.setting("campaign.name." + other).orElseThrow();
                assertTrue(name.equals(own) || !footer.contains(name), page + " prints the " + other + " name "
                        + name);
            }
        }
    }

    @Test
    void theEntryPageAndTheNotFoundPageExistAtTheRoot() throws IOException {
        Document entry = BuiltSite.parse(BuiltSite.SITE.resolve("index.html"));
        assertEquals(RealSite.languages().stream().map(lang -> lang + "/").toList(),
                entry.select("a.door__link").eachAttr("href"));
        assertEquals(List.of(), checks().doors());
        Document notFound = BuiltSite.parse(BuiltSite.SITE.resolve("404.html"));
        assertNull(notFound.selectFirst("link[rel=canonical]"), "an address that does not exist has no canonical");
        assertEquals("noindex", notFound.selectFirst("meta[name=robots]").attr("content"));
        for (Element link : notFound.select("a[href], link[rel=stylesheet]")) {
            assertTrue(link.attr("href").startsWith("/"), "404.html links from the base path: " + link.attr("href"));
        }
    }

    @Test
    void nothingButPagesAndMediaIsPublishedFromContent() throws IOException {
        assertFalse(Files.exists(BuiltSite.SITE.resolve("site.properties")), "the configuration stays private");
        try (Stream<Path> files = Files.walk(BuiltSite.SITE, FileVisitOption.FOLLOW_LINKS)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".md")), "no Markdown source is published");
        }
    }
}
