package org.whytheyleft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;

/**
 * The offline edition of each language of the real site, read as a file passed on to a reader: the whole story,
 * small, requesting nothing, every in-file link landing on its target, every other link an address online, and
 * linked with its size from the home page and the campaign kit. {@code browser.OfflineEditionBrowserIT} opens it in
 * Chromium.
 */
class OfflineEditionIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath()
            .normalize();
    private static final int GZIP_BUDGET = 60 * 1024;

    @Test
    void eachEditionHasTheWholeStoryAndStaysUnder60KilobytesCompressed() throws IOException {
        for (String lang : RealSite.languages()) {
            Path file = edition(lang);
            Document edition = Jsoup.parse(file.toFile(), "UTF-8");
            assertEquals(lang, edition.selectFirst("html").attr("lang"));
            String text = edition.select("main").text();
            for (SourcePage page : pages(lang)) {
                if (page.field("chapter").isPresent() || page.value("type").equals("page")) {
                    assertTrue(edition.select("main section > h2").eachText().contains(page.value("title")),
                            lang + ": a section for " + page.value("title"));
                }
            }
            assertTrue(text.length() > 5000, lang + ": the story, not a summary");
            long gzip = gzipSize(Files.readAllBytes(file));
            System.out.printf("Offline edition %s: %d bytes, %d gzip%n", SITE.relativize(file), Files.size(file), gzip);
            assertTrue(gzip <= GZIP_BUDGET, file + " is " + gzip + " bytes gzip, over 60 KB");
        }
    }

    @Test
    void theFileRequestsNothingAndAllowsNothingFromOutside() throws IOException {
        for (String lang : RealSite.languages()) {
            Document edition = Jsoup.parse(edition(lang).toFile(), "UTF-8");
            assertTrue(edition.select("script, img, iframe, object, embed, video, audio, source, link[rel=stylesheet]")
                    .isEmpty(), lang + ": no script and no file to load");
            for (Element link : edition.select("link[href]")) {
                assertTrue(link.attr("href").startsWith("data:"), lang + ": only data: in " + link);
            }
            String policy = edition.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(policy.startsWith("default-src 'none';"), policy);
            assertTrue(policy.contains("style-src 'sha256-"), "only its own style element: " + policy);
            assertEquals("no-referrer", edition.selectFirst("meta[name=referrer]").attr("content"));
            assertTrue(edition.select("[style]").isEmpty(), lang + ": no style attribute the policy would block");
        }
    }

    @Test
    void searchEnginesLeaveTheCopyOutAndItCarriesNoStylesheetComments() throws IOException {
        String sitemap = Files.readString(SITE.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        for (String lang : RealSite.languages()) {
            Path file = edition(lang);
            Document edition = Jsoup.parse(file.toFile(), "UTF-8");
            Element robots = edition.selectFirst("head meta[name=robots]");
            assertNotNull(robots, lang + ": the copy of every page tells search engines to leave it out");
            assertEquals("noindex", robots.attr("content"));
            String css = edition.selectFirst("head style").data();
            assertTrue(css.length() > 1000, lang + ": the site's stylesheet is inline");
            assertFalse(css.contains("/*") || css.contains("*/"), lang + ": no comment of the stylesheet's source");
            assertFalse(sitemap.contains(SITE.relativize(file).toString().replace('\\', '/')),
                    lang + ": the sitemap does not list " + file.getFileName());
        }
    }

    @Test
    void everyInFileLinkLandsOnAnElementAndEveryOtherLinkIsAnAddressOnline() throws IOException {
        for (String lang : RealSite.languages()) {
            Document edition = Jsoup.parse(edition(lang).toFile(), "UTF-8");
            Set<String> ids = new HashSet<>();
            List<String> problems = new ArrayList<>();
            for (Element element : edition.select("[id]")) {
                if (!ids.add(element.id())) {
                    problems.add("id " + element.id() + " twice");
                }
            }
            for (Element link : edition.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#")) {
                    if (!ids.contains(href.substring(1))) {
                        problems.add(href + " leads nowhere");
                    }
                } else if (!href.matches("(https?|mailto|tel):.+")) {
                    problems.add(href + " is neither in the file nor an address online");
                }
            }
            assertEquals(List.of(), problems, lang);
            assertTrue(edition.select("a[href^=#]").size() > 5, lang + ": the contents link into the file");
        }
    }

    @Test
    void theHomePageAndTheCampaignKitLinkToTheEditionWithItsSize() throws IOException {
        for (String lang : RealSite.languages()) {
            List<Path> pages = new ArrayList<>(List.of(SITE.resolve(lang).resolve("index.html")));
            for (SourcePage page : pages(lang)) {
                if (page.value("type").equals("kit")) {
                    String path = page.path();
                    pages.add(SITE.resolve(path.substring(0, path.length() - ".md".length())).resolve("index.html"));
                }
            }
            assertEquals(2, pages.size(), lang + ": a home page and a kit");
            for (Path page : pages) {
                Element link = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("main a[href$=.html]");
                assertNotNull(link, page + " links to the offline edition");
                assertEquals(edition(lang), page.getParent().resolve(link.attr("href")).normalize());
                long kilobytes = (Files.size(edition(lang)) + 1023) / 1024;
                // The format and size in the words of the language's bundle: "(HTML, 19 kB)", "(HTML، 19 كيلوبايت)".
                assertTrue(link.parent().text().matches("(?s).*\\(\\W*HTML\\W*\\s" + kilobytes + "\\s.*"),
                        link.parent().text());
            }
        }
    }

    /** The edition of a language, named by its message bundle. */
    static Path edition(String lang) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("templates/messages/messages_" + lang
                + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        Path file = SITE.resolve(lang).resolve(messages.getProperty("offline.file") + ".html");
        assertTrue(Files.isRegularFile(file), file + " is built");
        return file;
    }

    private static List<SourcePage> pages(String lang) throws IOException {
        return new ContentReader(PROJECT).read(PROJECT.resolve("content")).pages().stream()
                .filter(p -> p.isPublished() && p.value("lang").equals(lang)).toList();
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
