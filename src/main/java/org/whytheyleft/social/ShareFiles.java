package org.whytheyleft.social;

/**
 * Where the files for sharing a page are published: beside the page, so that a forked site keeps them under its
 * own sub-path and a page's URL plus a fixed name finds them.
 */
public final class ShareFiles {

    /** The size of a social card: what Open Graph and X show as a large preview. */
    public static final int CARD_WIDTH = SocialCardRenderer.WIDTH;
    public static final int CARD_HEIGHT = SocialCardRenderer.HEIGHT;

    private ShareFiles() {
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
