package org.whytheyleft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class OfflineBodyTest {

    private final OfflineBody body = new OfflineBody(URI.create("https://example.org/site/"),
            Map.of("nl/", "home", "nl/redenen/wreedheid/", "brutality", "nl/bronnen/", "sources"));

    private Document rewrite(String sitePath, String html, boolean deeper) {
        return Jsoup.parseBodyFragment(body.rewrite(sitePath, html, deeper));
    }

    @Test
    void idsAndLinksWithinThePageGetThePagesPrefix() {
        Document page = rewrite("nl/redenen/wreedheid/", "<h2 id=\"begin\">Begin</h2><p><a href=\"#begin\">terug</a>"
                + "<sup id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup></p>", false);

        assertEquals("brutality-begin", page.selectFirst("h2").id());
        assertEquals("#brutality-begin", page.select("a").get(0).attr("href"));
        assertEquals("brutality-fnref-1", page.selectFirst("sup").id());
        assertEquals("#brutality-fn-1", page.select("a").get(1).attr("href"));
    }

    @Test
    void aLinkToAPageInTheEditionLeadsToItsSectionOrHeading() {
        Document page = rewrite("nl/redenen/wreedheid/", "<a href=\"../../bronnen/#icsr-rapport\">bron</a>"
                + "<a href=\"../../bronnen/\">bronnen</a><a href=\"../../\">begin</a>", false);

        assertEquals("#sources-icsr-rapport", page.select("a").get(0).attr("href"));
        assertEquals("#sources", page.select("a").get(1).attr("href"));
        assertEquals("#home", page.select("a").get(2).attr("href"));
    }

    @Test
    void aLinkToAnythingElseOfTheSiteLeadsOnlineAndOtherSitesStayAsTheyAre() {
        Document page = rewrite("nl/redenen/wreedheid/", "<a href=\"../../campagne/\">kit</a>"
                + "<a href=\"https://icsr.info/rapport\">ICSR</a><a href=\"mailto:team@example.org\">mail</a>",
                false);

        assertEquals("https://example.org/site/nl/campagne/", page.select("a").get(0).attr("href"));
        assertEquals("https://icsr.info/rapport", page.select("a").get(1).attr("href"));
        assertEquals("mailto:team@example.org", page.select("a").get(2).attr("href"));
    }

    @Test
    void anImageBecomesALinkToItOnlineNamedByItsAltText() {
        Document page = rewrite("nl/", "<p><img src=\"img/figuur.svg\" alt=\"Een figuur\"></p>", false);

        assertEquals(0, page.select("img").size());
        assertEquals("https://example.org/site/nl/img/figuur.svg", page.selectFirst("a").attr("href"));
        assertEquals("Een figuur", page.selectFirst("a").text());
    }

    @Test
    void headingsMoveOneLevelDownUnderTheSectionsOwnHeading() {
        Document page = rewrite("nl/bronnen/", "<h2 id=\"a\">A</h2><h3 id=\"b\">B</h3><h6>F</h6>", true);

        assertEquals("h3", page.selectFirst("#sources-a").tagName());
        assertEquals("h4", page.selectFirst("#sources-b").tagName());
        assertEquals(1, page.select("h6").size());
    }
}
