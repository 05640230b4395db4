package org.whytheyleft.view;

import java.util.List;

import org.whytheyleft.config.Direction;
import org.whytheyleft.config.SiteConfig;

/**
 * Everything a template prints for one page, decided in Java. Links are relative to the page ({@code root} leads
 * to the site root), except on the 404 page, which is served at any address and so links absolutely.
 *
 * @param kind       home, chapter, page, kit, entry or notfound: which page template renders it
 * @param lang       the page's language (for the entry page, the site's first language)
 * @param title      the page title, the h1
 * @param documentTitle the {@code <title>}: "Page – Site", or the site name alone on home pages
 * @param canonical  the absolute URL of the page
 * @param root       the link from the page to the site root ({@code ../../}, or empty at the root)
 * @param site       the site around the page: its name, home, publisher, feed
 * @param alternates every language version of the page, this one included, in the site's language order (for
 *                   hreflang and the language switch)
 * @param chapter    chapter navigation, or null on pages that are not chapters
 * @param sections   the chapters and the other pages of the language, for the home page and the footer
 * @param figure     on home pages, the figure of the campaign's count; null elsewhere, or when it set none
 * @param preview    how the page's link looks where it is shared; null on the 404 page
 * @param doors      on the entry and 404 pages, one door per language; empty elsewhere
 * @param kit        on campaign kit pages, every page of the language ready to share; empty elsewhere
 * @param privacy    what the page allows the browser to load and send
 * @param help       the language's help line, on the home and recommendation pages when the campaign set one;
 *                   null elsewhere
 * @param downloads  on the home and campaign kit pages, the leaflet and offline edition of the language; empty
 *                   elsewhere
 */
public record PageView(String kind, String lang, String title, String documentTitle, String summary,
                       String canonical, String root, SiteLinks site, List<Alternate> alternates,
                       ChapterNav chapter, Sections sections, Figure figure,
                       Preview preview, List<Door> doors, List<KitEntry> kit, Privacy privacy,
                       SiteConfig.HelpLine help, List<Download> downloads) {

    /** The direction of the page's language, for {@code <html dir>}: {@code rtl} for Arabic, else {@code ltr}. */
    public String dir() {
        return Direction.of(lang).attribute();
    }

    /**
     * A file to take away: its link from the page, what it is and its size in kilobytes (rounded up).
     *
     * @param format the file type as readers know it: PDF, HTML
     */
    public record Download(String href, String title, String description, String format, long kilobytes) {
    }

    /**
     * The page's rules for the browser, as meta elements since GitHub Pages sets no headers.
     *
     * @param securityPolicy the Content-Security-Policy: the site's own files only, no script but the analytics
     * @param referrerPolicy what a followed link tells the next site about this one: nothing
     * @param analytics      the analytics script, or null when analytics are off (the default)
     * @param analyticsHost  the host the analytics script comes from, as the privacy page names it; or null
     * @param disclosed      whether this is the page that tells readers what the site collects, and so says which
     *                       analytics the campaign switched on
     */
    public record Privacy(String securityPolicy, String referrerPolicy, String analytics, String analyticsHost,
                          boolean disclosed) {

        /** The same rules, on the page that tells readers about them. */
        public Privacy onPrivacyPage() {
            return new Privacy(securityPolicy, referrerPolicy, analytics, analyticsHost, true);
        }
    }

    /** A link with its text. */
    public record Link(String href, String label) {
    }

    /**
     * The site around a page.
     *
     * @param contact how to reach the publisher (a mailto: or web link), or null when none is configured
     * @param feed    the Atom feed of the page's language, or null on pages of no one language
     * @param xDefault the absolute URL offered to readers whose language the site lacks ({@code hreflang=x-default})
     */
    public record SiteLinks(String name, Link home, String publisher, Link contact, Link feed, String xDefault) {
    }

    /** One language version of a page. */
    public record Alternate(String lang, String href, String absolute, String language, String title) {

        /** The direction of the alternate's language, so that its name is set the way its script runs. */
        public String dir() {
            return Direction.of(lang).attribute();
        }
    }

    /** A chapter's place ("Chapter 2 of 4") with its neighbours; previous or next is null at the ends. */
    public record ChapterNav(int number, int total, Link previous, Link next) {
    }

    /** A linked page with its number (chapters only, else 0) and summary: a chapter card or a read-on entry. */
    public record Teaser(String href, String title, String summary, int number, boolean current) {
    }

    /** The chapters in order and the plain pages in menu order. */
    public record Sections(List<Teaser> chapters, List<Teaser> pages) {
        static final Sections NONE = new Sections(List.of(), List.of());
    }

    /** A figure of one mark per person, laid out in rows, drawn as inline SVG. */
    public record Figure(int count, int width, int height, int radius, List<Mark> marks) {
    }

    /** The centre of one mark. */
    public record Mark(int x, int y) {
    }

    /**
     * A way into the site in one language, with its text in that language.
     *
     * @param source where the facts of the intro come from (the configured study), or null
     */
    public record Door(String lang, String href, String heading, String intro, String label, Link source) {

        /** The direction of the door's language: an Arabic door reads right to left on a left-to-right page. */
        public String dir() {
            return Direction.of(lang).attribute();
        }
    }

    /**
     * The link preview: Open Graph, X card and schema.org values.
     *
     * @param type    {@code article} for chapters, {@code website} otherwise
     * @param jsonLd  the schema.org data as JSON, escaped so that it cannot end its {@code <script>} element
     */
    public record Preview(String type, String title, String description, String url, String siteName,
                          String locale, List<String> alternateLocales, String image, int imageWidth,
                          int imageHeight, String imageAlt, String jsonLd) {
    }

    /**
     * One page in the campaign kit: its address, share text, card, QR codes and share links.
     *
     * @param title the page's title in the kit's language, for the card's alt text
     * @param names what the entry is called, run by run: one for a page, the site's name in each language for the
     *              entry page, each in its own language
     * @param label the names as the hidden end of each download and share link ("Card (PNG), Title"), so that
     *              each link says which page it is for
     */
    public record KitEntry(String title, List<Run> names, List<Run> label, String url, String share, String card,
                           String qrSvg, String qrPng, List<Link> shareLinks) {
    }

    /**
     * Words in one language: {@code lang} and {@code dir} are null where they are the page's own, so the run
     * prints as plain text there and in its own language elsewhere.
     */
    public record Run(String text, String lang, String dir) {
    }
}
