package org.whytheyleft.markdown;

import java.util.Map;
import java.util.Set;

/**
 * The one list of what a rendered page body may contain: the elements flexmark writes for Markdown (with tables,
 * footnotes, heading ids and quotations), a few harmless ones an author may write as HTML, and the attributes each
 * may carry. Everything else, such as a {@code style} attribute, an event handler, {@code <form>}, {@code <meta>},
 * {@code <base>}, or a raw-text element like {@code <xmp>} or {@code <noscript>} that hides markup from a check, is
 * refused. Addresses in {@code href} and {@code src} are checked separately by {@link WrittenAddress}.
 */
final class HtmlAllowlist {

    /** Attributes any allowed element may carry: ids for links to a place, classes for styling, language. */
    private static final Set<String> GLOBAL = Set.of("id", "class", "lang", "dir", "title");

    private static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("p", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("a", Set.of("href", "rel")), Map.entry("em", Set.of()), Map.entry("strong", Set.of()),
            Map.entry("code", Set.of()), Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of()),
            Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")), Map.entry("li", Set.of()),
            Map.entry("hr", Set.of()), Map.entry("br", Set.of()), Map.entry("img", Set.of("src", "alt", "width",
                    "height")),
            Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tr", Set.of()), Map.entry("th", Set.of("align", "colspan", "rowspan")),
            Map.entry("td", Set.of("align", "colspan", "rowspan")), Map.entry("div", Set.of()),
            Map.entry("figure", Set.of()), Map.entry("figcaption", Set.of()), Map.entry("span", Set.of()),
            Map.entry("abbr", Set.of()), Map.entry("sup", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("details", Set.of("open")), Map.entry("summary", Set.of()));

    /** Allowed when Markdown writes them, not as raw HTML: their addresses must be checked and rewritten. */
    private static final Set<String> MARKDOWN_ONLY = Set.of("img");

    private HtmlAllowlist() {
    }

    static boolean allowsElement(String element, boolean raw) {
        return ELEMENTS.containsKey(element) && !(raw && MARKDOWN_ONLY.contains(element));
    }

    static boolean allowsAttribute(String element, String attribute) {
        return GLOBAL.contains(attribute) || ELEMENTS.getOrDefault(element, Set.of()).contains(attribute);
    }

    /** How to write an element that is not allowed, in words an author can follow. */
    static String fixFor(String element) {
        return switch (element) {
            case "img" -> "use Markdown: ![what the image shows](picture.png).";
            case "h1" -> "start headings at ##: the page title is the h1.";
            case "b", "i" -> "use Markdown: **bold** or *emphasis*.";
            default -> "remove it; write the page in Markdown, or use only p, em, strong, span, abbr, sup, sub, br,"
                    + " figure, figcaption, details and summary as HTML.";
        };
    }
}
