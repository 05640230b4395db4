package org.whytheyleft.offline;

import java.net.URI;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites a page body for the one-file edition, with jsoup: every id gets the page's prefix, so that ids of all
 * pages stay unique in one file; a link to a page in the edition becomes a link to its section or heading there; a
 * link to any other file of the site becomes its absolute address online, where the reader can go on; an image
 * becomes a link to it online, named by its alt text, since the file may load nothing. Thread-safe.
 */
final class OfflineBody {

    private final URI siteUrl;
    private final Map<String, String> sections;

    /**
     * @param siteUrl  the site's address, ending in {@code /}
     * @param sections the id of each page's section in the edition, by site path ({@code nl/bronnen/})
     */
    OfflineBody(URI siteUrl, Map<String, String> sections) {
        this.siteUrl = siteUrl;
        this.sections = Map.copyOf(sections);
    }

    /**
     * @param sitePath the page's site path, against which its relative links resolve
     * @param html     the page's body as the site publishes it
     * @param deeper   whether the body's headings move one level down, under the section's own h2
     */
    String rewrite(String sitePath, String html, boolean deeper) {
        Document body = Jsoup.parseBodyFragment(html);
        String prefix = sections.get(sitePath);
        for (Element element : body.select("[id]")) {
            element.id(prefix + "-" + element.id());
        }
        URI page = siteUrl.resolve(sitePath);
        for (Element link : body.select("a[href]")) {
            link.attr("href", target(page, prefix, link.attr("href")));
        }
        for (Element image : body.select("img")) {
            image.replaceWith(new Element("a").attr("href", target(page, prefix, image.attr("src")))
                    .text(image.attr("alt")));
        }
        if (deeper) {
            for (Element heading : body.select("h1, h2, h3, h4, h5")) {
                heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
            }
        }
        return body.body().html();
    }

    private String target(URI page, String prefix, String href) {
        if (href.startsWith("#")) {
            return "#" + prefix + "-" + href.substring(1);
        }
        URI resolved;
        try {
            resolved = page.resolve(href);
        } catch (IllegalArgumentException e) {
            return href; // not a URI Java can resolve, so not a link into the site either: kept as written
        }
        String absolute = resolved.toString();
        if (!absolute.startsWith(siteUrl.toString())) {
            return href;
        }
        String path = siteUrl.relativize(URI.create(absolute.replaceFirst("#.*", ""))).toString();
        String section = sections.get(path);
        if (section == null) {
            return absolute;
        }
        String fragment = resolved.getRawFragment();
        return "#" + (fragment == null || fragment.isEmpty() ? section : section + "-" + fragment);
    }
}
