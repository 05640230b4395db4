package org.whytheyleft.story;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages of a built site as a reader meets them, per language, for the checks of what the story says. Pages are
 * named by their site path ({@code nl/redenen/wreedheid/}), as a reader would link to them.
 */
final class StoryPages {

    /** The site that {@code ./mvnw verify} built, {@code target/site}. */
    static final StoryPages BUILT = new StoryPages(Path.of(System.getProperty("site.dir", "target/site")));

    final Path site;

    StoryPages(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Every HTML file of the site, the entry page and the 404 page included. */
    List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Every HTML file under the language's folder. */
    List<Path> htmlFiles(String lang) throws IOException {
        return htmlFiles().stream().filter(p -> site.relativize(p).toString().startsWith(lang + "/")).toList();
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The page published at a site path such as {@code nl/bronnen/}, or null when there is none. */
    Document pageOrNull(String sitePath) throws IOException {
        Path file = site.resolve(sitePath).resolve("index.html");
        return Files.isRegularFile(file) ? parse(file) : null;
    }

    /** The page published at a site path such as {@code nl/bronnen/}. */
    Document page(String sitePath) throws IOException {
        Document page = pageOrNull(sitePath);
        if (page == null) {
            throw new AssertionError("no page at " + sitePath);
        }
        return page;
    }

    /** The text a reader reads in the page's main element, with white space folded. */
    static String mainText(Document page) {
        Element main = page.selectFirst("main");
        return main == null ? "" : main.text();
    }

    /** Whether the page's main element links to {@code target} (a site path) with the given {@code #fragment}. */
    boolean linksTo(String fromSitePath, Document page, String target, String fragment) {
        Path from = site.resolve(fromSitePath);
        for (Element link : page.select("main a[href]")) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            if (href.startsWith("http") || hash < 0 || !href.substring(hash + 1).equals(fragment)) {
                continue;
            }
            Path to = href.startsWith("#") ? from : from.resolve(href.substring(0, hash)).normalize();
            if (to.equals(site.resolve(target).normalize())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of the section that starts at the heading with this id and runs to the next heading of its level,
     * or null when the page has no such heading.
     */
    static String section(Document page, String id) {
        Element heading = page.getElementById(id);
        if (heading == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(heading.text());
        for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals(heading.tagName());
             next = next.nextElementSibling()) {
            text.append(' ').append(next.text());
        }
        return text.toString();
    }
}
