package org.whytheyleft.site;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.whytheyleft.content.ContentReader;
import org.whytheyleft.model.SitePage;

/** The real site as the package phase baked it, and the content it was baked from, for tests that read both. */
final class BuiltSite {

    static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    /** A link to the site's folder ({@code publish.SiteOutput}): a walk of it follows links. */
    static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
    static final Path CONTENT = PROJECT.resolve("content");

    private BuiltSite() {
    }

    /**
     * Every Markdown page under content/, as paths inside content/ (e.g. {@code nl/over.md}); the story's checks in
     * {@code content/checks/} (notes such as {@code FACTS.md} among them) are not pages.
     */
    static List<String> contentPages() throws IOException {
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> CONTENT.relativize(p).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith(ContentReader.CHECKS_FOLDER)).sorted().toList();
        }
    }

    /**
     * Every built file whose name ends in {@code ending}, in order; the site is a link to the folder of its last
     * build, which the walk follows.
     */
    static List<Path> files(String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(SITE, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }

    /** The HTML file a content page is published as. */
    static Path pageFile(String contentPath) {
        return SITE.resolve(SitePage.sitePathOf(contentPath)).resolve("index.html");
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The value of a header field of a content page, read the plain way an author reads it. */
    static String header(String contentPath, String key) throws IOException {
        for (String line : Files.readAllLines(CONTENT.resolve(contentPath))) {
            String clean = line.replace("\uFEFF", "");
            if (clean.equals("~~~~~~")) {
                break;
            }
            if (clean.startsWith(key + "=")) {
                return clean.substring(key.length() + 1).strip();
            }
        }
        return null;
    }
}
