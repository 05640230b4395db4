package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every HTML file of the built site, web pages and offline editions alike: a link's name tells where it leads, so no
 * two links of one page share a name and lead to different places (WCAG 2.4.4, a screen reader's list of links).
 */
class LinkPurposeIT {

    @Test
    void noLinkNameOnAPageLeadsToTwoPlaces() throws IOException {
        List<Path> files = BuiltSite.files(".html");
        assertTrue(files.size() > 10, "the site has its pages");
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            wrong.addAll(sharedNames(BuiltSite.SITE.relativize(file).toString().replace('\\', '/'),
                    BuiltSite.parse(file)));
        }
        assertEquals(List.of(), wrong);
    }

    /** Each name of the page that leads to more than one place, with the places. */
    static List<String> sharedNames(String path, Document page) {
        URI base = URI.create("https://site.invalid/" + path);
        Map<String, TreeSet<String>> places = new TreeMap<>();
        for (Element link : page.select("a[href]")) {
            places.computeIfAbsent(name(link), name -> new TreeSet<>()).add(place(base, link.attr("href")));
        }
        List<String> wrong = new ArrayList<>();
        places.forEach((name, targets) -> {
            if (targets.size() > 1) {
                wrong.add(path + ": \"" + name + "\" leads to " + targets);
            }
        });
        return wrong;
    }

    /** The name a screen reader gives the link: its label if it has one, else its text and its images' text. */
    private static String name(Element link) {
        String label = link.attr("aria-label");
        if (label.isBlank()) {
            StringBuilder text = new StringBuilder(link.text());
            link.select("img[alt]").forEach(img -> text.append(' ').append(img.attr("alt")));
            label = text.toString();
        }
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The address a link leads to, the same for {@code ./}, {@code index.html} and the absolute address. */
    private static String place(URI base, String href) {
        String resolved = base.resolve(href.strip()).toString();
        return resolved.replaceFirst("/index\\.html(?=$|#)", "/");
    }
}
