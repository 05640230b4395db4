package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The weight and make-up of every built page: a first visit fits in one round trip's worth of compressed bytes,
 * nothing is loaded from elsewhere, no script is needed, nothing shifts as it loads.
 */
class BudgetIT {

    /** HTML plus the CSS a page needs, gzip-compressed: about what fits in the first round trip. */
    private static final int FIRST_VISIT_BYTES = 14 * 1024;
    private static final int FONT_BYTES = 30 * 1024;
    private static final int DOWNLOAD_BYTES = 60 * 1024;

    @Test
    void everyFirstVisitFitsIn14KilobytesCompressed() throws IOException {
        List<String> over = new ArrayList<>();
        String heaviest = "";
        long most = 0;
        for (Path file : pages()) {
            Document page = BuiltSite.parse(file);
            long bytes = gzipSize(Files.readAllBytes(file));
            for (Element css : page.select("link[rel=stylesheet]")) {
                bytes += gzipSize(Files.readAllBytes(local(file, css.attr("href"))));
            }
            if (bytes > most) {
                most = bytes;
                heaviest = BuiltSite.SITE.relativize(file).toString();
            }
            if (bytes > FIRST_VISIT_BYTES) {
                over.add(BuiltSite.SITE.relativize(file) + ": " + bytes + " bytes");
            }
        }
        System.out.printf("Heaviest first visit: %s, %d bytes gzip (HTML + CSS)%n", heaviest, most);
        assertEquals(List.of(), over);
    }

    /** The offline editions are downloads, not first visits: the whole story, in one file, still small. */
    @Test
    void everyOtherHtmlFileFitsIn60KilobytesCompressed() throws IOException {
        List<Path> pages = pages();
        List<String> over = new ArrayList<>();
        for (Path file : files(".html")) {
            long bytes = gzipSize(Files.readAllBytes(file));
            if (!pages.contains(file) && bytes > DOWNLOAD_BYTES) {
                over.add(BuiltSite.SITE.relativize(file) + ": " + bytes + " bytes");
            }
        }
        assertEquals(List.of(), over);
    }

    @Test
    void noPageLoadsAnythingFromAnotherHostOrNeedsScript() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(".html")) {
            Document page = BuiltSite.parse(file);
            String name = BuiltSite.SITE.relativize(file).toString();
            for (Element script : page.select("script")) {
                if (!script.attr("type").equals("application/ld+json")) {
                    found.add(name + ": a script");
                }
            }
            for (Element resource : page.select("link[href]:not([rel=canonical]):not([rel=alternate]), img, "
                    + "script[src], iframe, video, audio, source, object, embed")) {
                String address = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                if (address.matches("(?i)^([a-z]+:)?//.*")) {
                    found.add(name + ": loads " + address);
                }
            }
            for (Element element : page.select("[style]")) {
                found.add(name + ": inline style on <" + element.tagName() + ">");
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void imagesAndFiguresHaveTheirSizeSoNothingShifts() throws IOException {
        List<String> unsized = new ArrayList<>();
        for (Path file : files(".html")) {
            for (Element image : BuiltSite.parse(file).select("img, svg, video, iframe")) {
                if (!image.hasAttr("width") || !image.hasAttr("height")) {
                    unsized.add(BuiltSite.SITE.relativize(file) + ": <" + image.tagName() + "> has no width and"
                            + " height");
                }
            }
        }
        assertEquals(List.of(), unsized);
    }

    @Test
    void webFontsStaySmall() throws IOException {
        for (String type : List.of(".woff2", ".woff", ".ttf", ".otf")) {
            for (Path font : files(type)) {
                assertTrue(Files.size(font) <= FONT_BYTES, font + " is at most 30 KB");
            }
        }
    }

    /** The file a page's link leads to, whether relative or from the site's base path (as on the 404 page). */
    private static Path local(Path page, String href) throws IOException {
        String canonical = BuiltSite.parse(BuiltSite.SITE.resolve("index.html")).selectFirst("link[rel=canonical]")
                .attr("href");
        String base = java.net.URI.create(canonical).getPath();
        return href.startsWith("/") ? BuiltSite.SITE.resolve(href.substring(base.length()))
                : page.getParent().resolve(href).normalize();
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    /** The pages a visitor opens: every folder's {@code index.html}, and the 404 page. */
    private static List<Path> pages() throws IOException {
        return files(".html").stream().filter(file -> file.getFileName().toString().equals("index.html")
                || file.equals(BuiltSite.SITE.resolve("404.html"))).toList();
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(BuiltSite.SITE, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
