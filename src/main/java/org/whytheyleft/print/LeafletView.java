package org.whytheyleft.print;

import java.util.List;

import org.whytheyleft.config.Direction;
import org.whytheyleft.config.SiteConfig;

/**
 * Everything the leaflet template ({@code templates/leaflet.html}) prints for one language, decided in Java.
 *
 * @param lang           the language of the leaflet
 * @param title          the site name, the leaflet's title
 * @param homeUrl        the absolute address of the language's home page, printed and in the QR code
 * @param qrImage        the QR code to {@code homeUrl} as a {@code data:} PNG, so the PDF needs no other file
 * @param count          the campaign's {@code figure.count}, the {@code {0}} of its leaflet texts; 0 when it set
 *                       none (its texts then do not use it)
 * @param chapters       the chapters in order, each with its summary
 * @param recommendation the recommendation page's title and summary, or null when the site has none
 * @param study          the publication the site is based on, or null when none is configured
 * @param campaign       who publishes the site
 * @param contact        how to reach them, or empty
 * @param help           the language's help line, or null when the campaign set none
 */
public record LeafletView(String lang, String title, String homeUrl, String qrImage, int count,
                          List<Summary> chapters, Summary recommendation, SiteConfig.Study study, String campaign,
                          String contact, SiteConfig.HelpLine help) {

    /** The direction of the leaflet's language, for {@code <html dir>}: the PDF is laid out right to left for it. */
    public String dir() {
        return Direction.of(lang).attribute();
    }

    /** A page told in brief: its number (chapters only, else 0), title and summary. */
    public record Summary(int number, String title, String text) {
    }
}
