package org.whytheyleft.narrative;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages of the built site as a reader meets them, per language, for tests of what the story says. Pages are
 * named by their site path ({@code nl/redenen/wreedheid/}), as a reader would link to them.
 */
final class StoryPages {

    static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
    static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();

    private StoryPages() {
    }

    /** Every HTML file of the site, the entry page and the 404 page included. */
    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Every HTML file under the language's folder. */
    static List<Path> htmlFiles(String lang) throws IOException {
        return htmlFiles().stream().filter(p -> SITE.relativize(p).toString().startsWith(lang + "/")).toList();
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The page published at a site path such as {@code nl/bronnen/}. */
    static Document page(String sitePath) throws IOException {
        Path file = SITE.resolve(sitePath).resolve("index.html");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no page at " + sitePath);
        }
        return parse(file);
    }

    /** The text a reader reads in the page's main element, with white space folded. */
    static String mainText(Document page) {
        Element main = page.selectFirst("main");
        return main == null ? "" : main.text();
    }

    /** Whether the page's main element links to {@code target} (a site path) with the given {@code #fragment}. */
    static boolean linksTo(String fromSitePath, Document page, String target, String fragment) {
        Path from = SITE.resolve(fromSitePath);
        for (Element link : page.select("main a[href]")) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            if (href.startsWith("http") || hash < 0 || !href.substring(hash + 1).equals(fragment)) {
                continue;
            }
            Path to = href.startsWith("#") ? from : from.resolve(href.substring(0, hash)).normalize();
            if (to.equals(SITE.resolve(target).normalize())) {
                return true;
            }
        }
        return false;
    }

    /** The text of the section that starts at the heading with this id and runs to the next heading of its level. */
    static String section(Document page, String id) {
        Element heading = page.getElementById(id);
        if (heading == null) {
            throw new AssertionError("no heading #" + id);
        }
        StringBuilder text = new StringBuilder(heading.text());
        for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals(heading.tagName());
             next = next.nextElementSibling()) {
            text.append(' ').append(next.text());
        }
        return text.toString();
    }

    /** The site's settings, read the plain way an author reads them. */
    static Properties settings() throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("content/site.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        return settings;
    }
}
