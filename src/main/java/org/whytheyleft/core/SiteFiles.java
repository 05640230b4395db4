package org.whytheyleft.core;

/**
 * The name of every file the build writes beside the pages, in one place, so that the stage that writes a file and
 * the stages that link to it or must not overwrite it agree. Per-page files sit beside the page, so that a forked
 * site keeps them under its own sub-path and a page's URL plus a fixed name finds them.
 */
public final class SiteFiles {

    /** The size of a social card: what Open Graph and X show as a large preview. */
    public static final int CARD_WIDTH = 1200;
    public static final int CARD_HEIGHT = 630;

    /** A language's Atom feed, beside its home page ({@code nl/feed.xml}). */
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    /** Tells GitHub Pages to publish the files as they are, without Jekyll. */
    public static final String NO_JEKYLL = ".nojekyll";
    public static final String CNAME = "CNAME";

    private SiteFiles() {
    }

    /** The social card of the page at {@code sitePath} ({@code nl/} gives {@code nl/social-card.png}). */
    public static String card(String sitePath) {
        return sitePath + "social-card.png";
    }

    public static String qrSvg(String sitePath) {
        return sitePath + "qr-code.svg";
    }

    public static String qrPng(String sitePath) {
        return sitePath + "qr-code.png";
    }
}
