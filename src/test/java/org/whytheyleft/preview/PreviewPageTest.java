package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.core.Problem;

/** What the preview adds to a served page, on a page like the built ones and the project's own bundles. */
class PreviewPageTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none';"
            + " style-src 'self'; connect-src 'self'\"></head><body><a class=\"skip-link\" href=\"#main\">x</a>"
            + "<main id=\"main\"><h1>عنوان</h1></main></body></html>";

    private final Builds builds = new Builds();
    private final PreviewPage preview = new PreviewPage(builds, FixtureProject.PROJECT, "/repo-name/");

    private Document served(String host) {
        return Jsoup.parse(new String(preview.rewrite(PAGE.getBytes(StandardCharsets.UTF_8), host),
                StandardCharsets.UTF_8));
    }

    @Test
    void aPageOfABuiltSiteGetsTheReloadScriptAndNoBanner() {
        String id = builds.record(List.of()).id();

        Document page = served("127.0.0.1:8820");

        Element script = page.selectFirst("head script[src]");
        assertEquals("/repo-name/_preview/reload.js", script.attr("src"));
        assertEquals(id, script.attr("data-build"));
        assertNull(page.getElementById(ProblemBanner.ID));
        assertEquals("default-src 'self'; script-src http://127.0.0.1:8820/repo-name/_preview/reload.js;"
                + " style-src 'self'; connect-src 'self' http://127.0.0.1:8820/repo-name/_preview/events",
                page.selectFirst("meta").attr("content"));
    }

    @Test
    void aFailedBuildOpensThePageWithItsProblemsInEnglishUnderAHeadingInThePagesLanguage() {
        builds.record(List.of(new Problem(Path.of("content/ar/awwal.md"), 12, "links to a missing page.",
                "link to a page that exists.")));

        Document page = served("127.0.0.1:8820");

        Element banner = page.body().child(0);
        assertEquals(ProblemBanner.ID, banner.id());
        assertEquals("alert", banner.attr("role"));
        assertEquals("لم يُبنَ الموقع بعد آخر حفظ", banner.selectFirst("h2").text());
        assertEquals("", banner.attr("lang"), "the banner speaks the page's language");
        Element problems = banner.selectFirst("ol");
        assertEquals("en", problems.attr("lang"));
        assertEquals("ltr", problems.attr("dir"));
        assertEquals("content/ar/awwal.md:12 links to a missing page. Fix: link to a page that exists.",
                problems.selectFirst("li").text());
        assertTrue(page.selectFirst("head link[rel=stylesheet]").attr("href").endsWith("/_preview/preview.css"));
        assertTrue(page.selectFirst("meta").attr("content")
                .contains("style-src 'self' http://127.0.0.1:8820/repo-name/_preview/preview.css"));
    }

    @Test
    void aPageInALanguageWithoutBannerTextsGetsTheEnglishOnesMarkedAsEnglish() {
        builds.record(List.of(Problem.ofFile(Path.of("content/site.properties"), "is broken.", "mend it.")));
        // Urdu, a right-to-left language the engine has no bundle for.
        byte[] urdu = PAGE.replace("lang=\"ar\"", "lang=\"ur\"").getBytes(StandardCharsets.UTF_8);

        Element banner = Jsoup.parse(new String(preview.rewrite(urdu, "localhost:8820"), StandardCharsets.UTF_8))
                .getElementById(ProblemBanner.ID);

        assertEquals("Your last save did not build", banner.selectFirst("h2").text());
        assertEquals("en", banner.attr("lang"));
        assertEquals("ltr", banner.attr("dir"));
        assertEquals("content/site.properties is broken. Fix: mend it.", banner.selectFirst("li").text());
    }

    @Test
    void aHostHeaderThatIsNoHostNamesOnlyThePagesOwnOrigin() {
        builds.record(List.of());

        String policy = served("x; script-src *").selectFirst("meta").attr("content");

        assertTrue(policy.contains("script-src 'self';"), policy);
    }
}
