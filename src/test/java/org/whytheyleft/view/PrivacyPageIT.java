package org.whytheyleft.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;

/**
 * The privacy page follows {@code analytics.script}: a campaign that switches analytics on has that page say, in
 * each language, which host every page loads a script from and what that service receives; without it, the page
 * says nothing of the kind, and no other page carries the notice.
 */
class PrivacyPageIT {

    private static final Map<String, String> ABOUT = Map.of("nl", "over", "en", "about");

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyFixtureWithAPrivacyPage() throws IOException {
        project = FixtureProject.copyTo(temp.resolve("project"));
        for (Map.Entry<String, String> page : ABOUT.entrySet()) {
            Files.writeString(project.resolve("content/" + page.getKey() + "/" + page.getValue() + ".md"), """
                    title=Privacy %1$s
                    summary=What the test site collects about its readers and what it does not collect, in %1$s.
                    share=What the test site collects.
                    lang=%1$s
                    key=about
                    type=page
                    status=published
                    date=2026-11-27
                    ~~~~~~
                    The test site's own words on privacy.
                    """.formatted(page.getKey()), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withAnalyticsThePrivacyPageNamesTheServiceAndWhatItReceivesInEachLanguage() throws Exception {
        String settings = Files.readString(project.resolve("content/site.properties"));
        Files.writeString(project.resolve("content/site.properties"),
                settings + "\nanalytics.script=https://stats.example.org/count.js\n", StandardCharsets.UTF_8);

        Path site = build();

        for (Map.Entry<String, String> page : ABOUT.entrySet()) {
            Element notice = page(site, page.getKey() + "/" + page.getValue()).selectFirst("main .analytics-notice");
            assertNotNull(notice, page.getKey() + ": the privacy page names the analytics");
            assertTrue(notice.text().contains("stats.example.org"), notice.text());
            assertEquals(3, notice.select("h2, p").size(), "a heading, the service, what it receives");
        }
        assertTrue(notice(site, "nl/eerste").isEmpty(), "a chapter carries no notice");
        String english = page(site, "en/about").selectFirst(".analytics-notice").text();
        assertTrue(english.contains("IP address"), english);
        String dutch = page(site, "nl/over").selectFirst(".analytics-notice").text();
        assertTrue(dutch.contains("IP-adres"), "in the page's language: " + dutch);
    }

    @Test
    void withoutAnalyticsThePrivacyPageHasNoNotice() throws Exception {
        Path site = build();

        for (Map.Entry<String, String> page : ABOUT.entrySet()) {
            assertNull(page(site, page.getKey() + "/" + page.getValue()).selectFirst(".analytics-notice"));
        }
    }

    private Path build() throws Exception {
        Path site = project.resolve("target/site");
        new SiteBuild(project).build(site, null);
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    private static Elements notice(Path site, String path) throws IOException {
        return page(site, path).select(".analytics-notice");
    }
}
