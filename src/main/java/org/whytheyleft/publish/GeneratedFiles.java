package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.whytheyleft.core.SiteFiles;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;
import org.whytheyleft.view.Edition;

/**
 * Names every file the build writes itself, from the site root, with what it is: pages, cards, QR codes, feeds,
 * the sitemap, {@code robots.txt}, the 404 page, the GitHub Pages files, the editions and everything copied from
 * {@code assets/}. A file under {@code content/} published at one of these paths would replace it or be replaced.
 */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** Each generated path ({@code nl/qr-code.svg}) with a few words on what it is ("the QR code of nl/"). */
    public static Map<String, String> of(SiteModel site, List<Edition> editions, Path assetsDir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        files.put("index.html", "the entry page");
        files.put(SiteFiles.NOT_FOUND, "the 404 page");
        files.put(SiteFiles.SITEMAP, "the sitemap");
        files.put(SiteFiles.ROBOTS, "robots.txt");
        files.put(SiteFiles.NO_JEKYLL, "the GitHub Pages settings");
        files.put(SiteFiles.CNAME, "the GitHub Pages domain");
        addShareFiles(files, "");
        for (SitePage page : site.pages()) {
            files.put(page.sitePath() + "index.html", "the page " + page.sitePath());
            addShareFiles(files, page.sitePath());
        }
        for (String lang : site.config().languages()) {
            files.put(lang + "/" + SiteFiles.FEED, "the feed of " + lang + "/");
        }
        for (Edition edition : editions) {
            files.put(edition.file(), edition.kind() == Edition.Kind.LEAFLET ? "the leaflet" : "the offline edition");
        }
        if (Files.isDirectory(assetsDir)) {
            try (Stream<Path> assets = Files.walk(assetsDir)) {
                assets.filter(Files::isRegularFile).forEach(file -> files.put(
                        assetsDir.relativize(file).toString().replace('\\', '/'), "a file from assets/"));
            }
        }
        return files;
    }

    private static void addShareFiles(Map<String, String> files, String sitePath) {
        String of = sitePath.isEmpty() ? "the entry page" : sitePath;
        files.put(SiteFiles.card(sitePath), "the social card of " + of);
        files.put(SiteFiles.qrSvg(sitePath), "the QR code of " + of);
        files.put(SiteFiles.qrPng(sitePath), "the QR code of " + of);
    }
}
