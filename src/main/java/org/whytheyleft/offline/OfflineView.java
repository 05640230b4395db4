package org.whytheyleft.offline;

import java.util.List;

import org.whytheyleft.config.Direction;

/**
 * Everything the offline edition's template ({@code templates/offline.html}) prints for one language, decided in
 * Java. Every {@code html} value is a page body already rewritten by {@link OfflineBody}.
 *
 * @param lang           the language of the edition
 * @param siteName       the site name in that language
 * @param title          the home page's title, the edition's h1
 * @param titleId        the h1's id, which links to the home page lead to
 * @param homeUrl        the absolute address of the language's home page online
 * @param intro          the home page's body
 * @param introLang      the language the home page's body is still written in while it is not yet translated
 *                       ({@code translation=pending}), else null
 * @param sections       the chapters in order, then the other pages
 * @param css            the site's stylesheet, inlined
 * @param securityPolicy the Content-Security-Policy: nothing from outside the file, only its own style element
 * @param referrerPolicy what a followed link tells the next site: nothing
 * @param publisher      who publishes the site
 */
public record OfflineView(String lang, String siteName, String title, String titleId, String homeUrl, String intro,
                          String introLang, List<Section> sections, String css, String securityPolicy, String referrerPolicy,
                          String publisher) {

    /** The direction of the edition's language, for {@code <html dir>}. */
    public String dir() {
        return Direction.of(lang).attribute();
    }

    /**
     * One page of the site as a section of the file: its heading's id, title, address online and body, and the
     * language its body is still written in while it is not yet translated, else null.
     */
    public record Section(String id, String title, String url, String html, String bodyLang) {

        public String bodyDir() {
            return bodyLang == null ? null : Direction.of(bodyLang).attribute();
        }
    }

    public String introDir() {
        return introLang == null ? null : Direction.of(introLang).attribute();
    }
}
