package org.whytheyleft.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.whytheyleft.config.Direction;
import org.whytheyleft.model.SitePage;

/**
 * What a built site owes each of its languages, checked the same way on the real site and on the four-language
 * fixture, for any number of languages: every page in its language and direction, linked to every counterpart
 * both ways (hreflang in the head and the language switch), each link to another language marked with that
 * language and its direction; the entry and 404 pages with a door per language; runs in another script marked
 * with their direction. Each method returns what it found wrong, one line each.
 */
final class LanguageChecks {

    private final Path site;
    private final List<String> languages;
    /** Published pages by content path, each with its language and key. */
    private final Map<String, Page> pages = new LinkedHashMap<>();

    private record Page(String contentPath, String lang, String key) {
    }

    LanguageChecks(Path content, Path site, List<String> languages) throws IOException {
        this.site = site;
        this.languages = List.copyOf(languages);
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Map<String, String> header = header(file);
                if ("published".equals(header.get("status"))) {
                    String path = content.relativize(file).toString().replace('\\', '/');
                    pages.put(path, new Page(path, header.get("lang"), header.get("key")));
                }
            }
        }
    }

    /** Every page's {@code <html lang dir>}, and a dir on every run in a language written the other way. */
    List<String> directions() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Page page : pages.values()) {
            Document html = parse(file(page));
            Element root = html.selectFirst("html");
            expect(wrong, page.contentPath() + ": html lang", page.lang(), root.attr("lang"));
            expect(wrong, page.contentPath() + ": html dir", dir(page.lang()), root.attr("dir"));
            for (Element run : html.select("body [lang]")) {
                Direction runs = Direction.of(run.attr("lang"));
                Element marked = run.closest("[dir]");
                String actual = marked == null ? "" : marked.attr("dir");
                if (!actual.equals(runs.attribute())) {
                    wrong.add(page.contentPath() + ": <" + run.tagName() + " lang=" + run.attr("lang") + "> \""
                            + run.text() + "\" runs " + (actual.isEmpty() ? "without a dir" : actual));
                }
            }
        }
        return wrong;
    }

    /**
     * Every page links every counterpart in the head and in the language switch, and each links back; the switch
     * names the page's own language too, marked as the current one and not linked.
     */
    List<String> counterparts() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Page page : pages.values()) {
            Path file = file(page);
            Document html = parse(file);
            for (String other : languages) {
                Page counterpart = pages.values().stream()
                        .filter(p -> p.lang().equals(other) && p.key().equals(page.key())).findFirst().orElse(null);
                if (counterpart == null) {
                    wrong.add(page.contentPath() + ": no counterpart in " + other);
                    continue;
                }
                String canonical = parse(file(counterpart)).selectFirst("link[rel=canonical]").attr("href");
                Element alternate = html.selectFirst("link[rel=alternate][hreflang=" + other + "]");
                expect(wrong, page.contentPath() + ": hreflang " + other, canonical,
                        alternate == null ? "none" : alternate.attr("href"));
                if (other.equals(page.lang())) {
                    Element current = html.selectFirst(".language-switch [aria-current]");
                    expect(wrong, page.contentPath() + ": the switch marks its own language, not linked",
                            page.lang() + " span", current == null ? "none" : current.attr("lang") + " "
                                    + current.tagName());
                    continue;
                }
                List<Element> links = html.select(".language-switch a[hreflang=" + other + "]");
                if (links.size() != 1) {
                    wrong.add(page.contentPath() + ": " + links.size() + " switch links to " + other);
                    continue;
                }
                Element link = links.get(0);
                expect(wrong, page.contentPath() + ": switch link lang", other, link.attr("lang"));
                expect(wrong, page.contentPath() + ": switch link dir", dir(other), link.attr("dir"));
                expect(wrong, page.contentPath() + ": switch link target", file(counterpart),
                        file.getParent().resolve(link.attr("href")).resolve("index.html").normalize());
                Element back = parse(file(counterpart)).selectFirst(".language-switch a[hreflang=" + page.lang()
                        + "]");
                expect(wrong, counterpart.contentPath() + ": links back to " + page.contentPath(), file,
                        back == null ? null : file(counterpart).getParent().resolve(back.attr("href"))
                                .resolve("index.html").normalize());
            }
            if (html.selectFirst("link[rel=alternate][hreflang=x-default]") == null) {
                wrong.add(page.contentPath() + ": no x-default");
            }
        }
        return wrong;
    }

    /** The entry page and the 404 page: a door per language, in the site's order, each in its language and dir. */
    List<String> doors() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String page : List.of("index.html", "404.html")) {
            Document html = parse(site.resolve(page));
            expect(wrong, page + ": html dir", dir(languages.get(0)), html.selectFirst("html").attr("dir"));
            List<Element> doors = html.select("section.door");
            expect(wrong, page + ": doors", languages, doors.stream().map(door -> door.attr("lang")).toList());
            for (Element door : doors) {
                expect(wrong, page + ": door " + door.attr("lang") + " dir", dir(door.attr("lang")),
                        door.attr("dir"));
            }
        }
        return wrong;
    }

    private static String dir(String lang) {
        return Direction.of(lang).attribute();
    }

    private static void expect(List<String> wrong, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + ": expected " + expected + ", found " + actual);
        }
    }

    private Path file(Page page) {
        return site.resolve(SitePage.sitePathOf(page.contentPath())).resolve("index.html").normalize();
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static Map<String, String> header(Path file) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String clean = line.replace("\uFEFF", "");
            if (clean.equals("~~~~~~")) {
                break;
            }
            int equals = clean.indexOf('=');
            if (equals > 0) {
                header.put(clean.substring(0, equals).strip(), clean.substring(equals + 1).strip());
            }
        }
        return header;
    }
}
