package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.whytheyleft.RealSite;

/**
 * How the built site travels as links: complete previews on every page, reciprocal language alternates, a sitemap
 * and feeds that machines can read, QR codes that lead to their page, and a campaign kit without widgets.
 */
class SharingIT {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Canonical URL of every page (404 aside) by its HTML file. */
    private static final Map<Path, String> CANONICAL = new TreeMap<>();
    private static String siteUrl;

    @BeforeAll
    static void readPages() throws IOException {
        siteUrl = canonical(BuiltSite.parse(BuiltSite.SITE.resolve("index.html")));
        for (Path file : pages()) {
            CANONICAL.put(file, canonical(BuiltSite.parse(file)));
        }
    }

    @Test
    void everyPageHasACompleteLinkPreviewWithA1200By630Card() throws IOException {
        for (Path file : CANONICAL.keySet()) {
            Document page = BuiltSite.parse(file);
            String name = BuiltSite.SITE.relativize(file).toString();
            assertEquals(CANONICAL.get(file), meta(page, "og:url"), name + " og:url is the canonical URL");
            for (String property : List.of("og:type", "og:title", "og:description", "og:site_name", "og:locale",
                    "og:image:alt", "twitter:title", "twitter:description", "twitter:image:alt")) {
                assertFalse(meta(page, property).isBlank(), name + " has " + property);
            }
            assertEquals("summary_large_image", meta(page, "twitter:card"));
            assertEquals("1200", meta(page, "og:image:width"));
            assertEquals("630", meta(page, "og:image:height"));
            assertEquals(meta(page, "og:image"), meta(page, "twitter:image"));
            Path card = local(meta(page, "og:image"));
            BufferedImage image = ImageIO.read(card.toFile());
            assertNotNull(image, name + ": og:image is a PNG of the site: " + card);
            assertEquals(1200, image.getWidth());
            assertEquals(630, image.getHeight());
            assertTrue(Files.size(card) < 150 * 1024, card + " is under 150 KB");
        }
    }

    @Test
    void theCardsDescriptionNamesTheTitleAndTheSiteOnceEach() throws IOException {
        for (Path file : CANONICAL.keySet()) {
            Document page = BuiltSite.parse(file);
            String name = BuiltSite.SITE.relativize(file).toString();
            for (String property : List.of("og:image:alt", "twitter:image:alt")) {
                String alt = meta(page, property);
                for (String shown : List.of(meta(page, "og:title"), meta(page, "og:site_name"))) {
                    assertEquals(1, alt.split(Pattern.quote(shown), -1).length - 1,
                            name + " " + property + " \"" + alt + "\" says \"" + shown + "\" once");
                }
            }
        }
    }

    @Test
    void everyPageDescribesItselfForSearchEnginesInItsLanguage() throws IOException {
        for (Path file : CANONICAL.keySet()) {
            Document page = BuiltSite.parse(file);
            String name = BuiltSite.SITE.relativize(file).toString();
            Element script = page.selectFirst("script[type=application/ld+json]");
            assertNotNull(script, name + " has schema.org data");
            JsonObject data = JsonParser.parseString(script.data()).getAsJsonObject();
            assertEquals("https://schema.org", data.get("@context").getAsString());
            if (!name.equals("index.html")) {
                JsonArray graph = data.getAsJsonArray("@graph");
                JsonObject document = graph.get(0).getAsJsonObject();
                assertEquals(page.selectFirst("html").attr("lang"), document.get("inLanguage").getAsString());
                assertEquals(CANONICAL.get(file), document.get("url").getAsString());
                RealSite.setting("study.title").ifPresentOrElse(title -> assertEquals(title,
                        document.getAsJsonObject("isBasedOn").get("name").getAsString(), name + " names its study"),
                        () -> assertNull(document.get("isBasedOn"), name + " names no study when none is set"));
                boolean chapter = page.selectFirst(".chapter-number") != null;
                assertEquals(chapter ? "Article" : "WebPage", document.get("@type").getAsString(), name);
                assertEquals(chapter, graph.size() == 2 && graph.get(1).getAsJsonObject().get("@type")
                        .getAsString().equals("BreadcrumbList"), name + " has breadcrumbs if it is a chapter");
            }
        }
    }

    /** Search engines ignore an x-default whose page does not list the versions back among its alternates. */
    @Test
    void languageAlternatesAndTheDefaultAreReciprocal() throws IOException {
        for (Path file : CANONICAL.keySet()) {
            Document page = BuiltSite.parse(file);
            String xDefault = page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href");
            boolean home = file.getParent().getParent().equals(BuiltSite.SITE);
            String first = RealSite.languages().get(0);
            String defaultLanguage = page.selectFirst("link[rel=alternate][hreflang=" + first + "]") == null
                    ? CANONICAL.get(file) : page.selectFirst("link[rel=alternate][hreflang=" + first + "]").attr("href");
            assertEquals(home || file.equals(BuiltSite.SITE.resolve("index.html")) ? siteUrl : defaultLanguage,
                    xDefault, file + ": the entry page for home pages, the first language's version for the others");
            Document byDefault = BuiltSite.parse(local(xDefault).resolve("index.html"));
            assertTrue(byDefault.select("link[rel=alternate][hreflang]").eachAttr("href").contains(CANONICAL.get(file))
                    || CANONICAL.get(file).equals(xDefault), xDefault + " lists " + file + " among its versions");
            for (Element alternate : page.select("link[rel=alternate][hreflang]:not([hreflang=x-default])")) {
                Document other = BuiltSite.parse(local(alternate.attr("href")).resolve("index.html"));
                assertEquals(alternate.attr("hreflang"), other.selectFirst("html").attr("lang"));
                assertTrue(other.select("link[rel=alternate][hreflang]").eachAttr("href")
                        .contains(CANONICAL.get(file)), alternate.attr("href") + " links back to " + file);
            }
        }
    }

    @Test
    void theSitemapListsEveryPageWithItsLanguageVersions() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var sitemap = factory.newDocumentBuilder().parse(BuiltSite.SITE.resolve("sitemap.xml").toFile());
        NodeList locations = sitemap.getElementsByTagNameNS("*", "loc");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        assertEquals(new TreeSet<>(CANONICAL.values()), listed);
        assertEquals(CANONICAL.size() * (RealSite.languages().size() + 1),
                sitemap.getElementsByTagNameNS(XHTML, "link").getLength(),
                "every language and x-default for every page, the entry page with the home pages as its versions");
        String robots = Files.readString(BuiltSite.SITE.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: " + siteUrl + "sitemap.xml"), robots);
        assertTrue(Files.exists(BuiltSite.SITE.resolve(".nojekyll")), "GitHub Pages serves the folder as it is");
    }

    @Test
    void eachLanguageHasAnAtomFeedInThatLanguageWithAnEntryPerPage() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String lang : RealSite.languages()) {
            var feed = factory.newDocumentBuilder().parse(BuiltSite.SITE.resolve(lang + "/feed.xml").toFile())
                    .getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            assertEquals(lang, feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            long pages = CANONICAL.values().stream().filter(url -> url.startsWith(siteUrl + lang + "/")).count();
            assertEquals(pages, feed.getElementsByTagNameNS(ATOM, "entry").getLength(), lang + " feed entries");
            assertEquals(1, feed.getElementsByTagNameNS(ATOM, "updated").getLength() - pages);
        }
    }

    @Test
    void everyQrCodeLeadsToItsPage() throws Exception {
        for (Path file : CANONICAL.keySet()) {
            Path folder = file.getParent();
            BufferedImage image = ImageIO.read(folder.resolve("qr-code.png").toFile());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            // Read as the pure barcode the build draws: ZXing's finder, meant for photographs, misses some clean
            // images (3 of 40 here), which zbar and phone cameras read.
            assertEquals(CANONICAL.get(file), new QRCodeReader().decode(bitmap,
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText(), folder + " QR code");
            String svg = Files.readString(folder.resolve("qr-code.svg"));
            assertTrue(svg.contains("viewBox"), folder + " has a QR code in SVG for print");
        }
    }

    @Test
    void theCampaignKitHasEveryPageWithPlainShareLinksAndNoWidgets() throws IOException {
        for (String lang : RealSite.languages()) {
            Path kit = null;
            for (Path file : CANONICAL.keySet()) {
                if (BuiltSite.SITE.relativize(file).startsWith(lang) && BuiltSite.parse(file).selectFirst(".kit")
                        != null) {
                    kit = file;
                }
            }
            assertNotNull(kit, "a campaign kit in " + lang);
            Path kitFile = kit;
            Document page = BuiltSite.parse(kit);
            List<String> urls = page.select(".kit-entry__facts a").eachAttr("href");
            List<String> expected = new ArrayList<>(List.of(siteUrl));
            CANONICAL.forEach((file, url) -> {
                if (url.startsWith(siteUrl + lang + "/") && !file.equals(kitFile)) {
                    expected.add(url);
                }
            });
            assertEquals(new TreeSet<>(expected), new TreeSet<>(urls), lang + " kit lists every page");
            for (Element entry : page.select(".kit-entry")) {
                assertFalse(entry.select(".kit-entry__facts dd").get(1).text().isBlank(), "a share text");
                assertTrue(Files.isRegularFile(kit.getParent().resolve(entry.selectFirst("img").attr("src"))));
                List<String> hosts = entry.select(".kit-entry__share a").eachAttr("href").stream()
                        .map(href -> href.startsWith("mailto:") ? "mailto" : java.net.URI.create(href).getHost())
                        .toList();
                assertEquals(List.of("mailto", "wa.me", "t.me", "x.com", "www.facebook.com", "www.linkedin.com"),
                        hosts);
                String address = java.net.URLEncoder.encode(entry.selectFirst(".kit-entry__facts a").attr("href"),
                        java.nio.charset.StandardCharsets.UTF_8);
                for (String href : entry.select(".kit-entry__share a").eachAttr("href")) {
                    assertTrue(href.contains(address), href + " shares " + address);
                }
            }
            assertTrue(page.select("script:not([type=application/ld+json]), iframe").isEmpty(), "no widgets");
        }
    }

    /**
     * A screen reader's list of links reads each kit link alone, so no two links to different files share a name
     * ("Card (PNG), Brutality", not "Card (PNG)" six times); only the first card loads before it is scrolled to.
     */
    @Test
    void everyKitLinkHasANameThatStandsAloneAndOnlyTheFirstCardLoadsEagerly() throws IOException {
        int kits = 0;
        for (Path file : CANONICAL.keySet()) {
            Document page = BuiltSite.parse(file);
            if (page.selectFirst(".kit") == null) {
                continue;
            }
            kits++;
            Map<String, String> hrefByName = new java.util.HashMap<>();
            for (Element link : page.select("main a[href]")) {
                String name = link.text();
                String other = hrefByName.putIfAbsent(name, link.attr("href"));
                assertTrue(other == null || other.equals(link.attr("href")), file + ": '" + name + "' names both "
                        + other + " and " + link.attr("href"));
            }
            List<String> loading = page.select(".kit-entry__card").eachAttr("loading");
            assertEquals("eager", loading.get(0), file + ": the first card loads at once");
            assertTrue(loading.subList(1, loading.size()).stream().allMatch("lazy"::equals), file + ": " + loading);
        }
        assertEquals(RealSite.languages().size(), kits, "a kit in each language");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? "" : meta.attr("content");
    }

    private static String canonical(Document page) {
        return page.selectFirst("link[rel=canonical]").attr("href");
    }

    /** The file or folder of the built site that an absolute URL of the site names. */
    private static Path local(String url) {
        assertTrue(url.startsWith(siteUrl), url + " is an address of the site");
        return BuiltSite.SITE.resolve(url.substring(siteUrl.length()));
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(BuiltSite.SITE, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
    }
}
