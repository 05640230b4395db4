package org.whytheyleft.view;

import java.util.List;

/**
 * Everything a template prints for one page, decided in Java. Links are relative to the page ({@code root} leads
 * to the site root), except on the 404 page, which is served at any address and so links absolutely.
 *
 * @param kind       home, chapter, page, entry or notfound: which page template renders it
 * @param lang       the page's language (for the entry page, the site's first language)
 * @param title      the page title, the h1
 * @param documentTitle the {@code <title>}: "Page – Site", or the site name alone on home pages
 * @param canonical  the absolute URL of the page
 * @param root       the link from the page to the site root ({@code ../../}, or empty at the root)
 * @param alternates every language version of the page, this one included (for hreflang)
 * @param languageSwitch the other language versions, for the switch in the header
 * @param chapter    chapter navigation, or null on pages that are not chapters
 * @param doors      on the entry page, one door per language; empty elsewhere
 * @param sections   the chapters and the other pages of the language, for the home page and the footer
 * @param figure     on home pages, the figure of the defectors; null elsewhere
 */
public record PageView(String kind, String lang, String title, String documentTitle, String summary,
                       String siteName, String canonical, String root, Link home, List<Alternate> alternates,
                       List<Alternate> languageSwitch, ChapterNav chapter, Sections sections, String publisher,
                       List<Door> doors, Figure figure) {

    /** A linked page with its number (chapters only, else 0) and summary: a reason card or a read-on entry. */
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

    /** A link with its text. */
    public record Link(String href, String label) {
    }

    /** One language version of a page. */
    public record Alternate(String lang, String href, String absolute, String language, String title) {
    }

    /** "Reason 2 of 4" with the neighbouring chapters; previous or next is null at the ends. */
    public record ChapterNav(int number, int total, Link previous, Link next) {
    }

    /** A way into the site in one language, with its text in that language. */
    public record Door(String lang, String href, String heading, String intro, String label) {
    }
}
