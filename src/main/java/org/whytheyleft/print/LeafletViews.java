package org.whytheyleft.print;

import java.util.Base64;
import java.util.List;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;
import org.whytheyleft.social.QrCode;

/**
 * Decides the {@link LeafletView} of a language from the site model: the chapters' titles and summaries, the
 * recommendation's summary, the study, the campaign and its help line. Every text comes from the content and the
 * configuration, so the leaflet says what the site says. Thread-safe.
 */
final class LeafletViews {

    private final SiteModel site;
    private final SiteConfig config;
    private final QrCode qr = new QrCode();

    LeafletViews(SiteModel site) {
        this.site = site;
        this.config = site.config();
    }

    LeafletView of(String lang) {
        String home = config.absolute(site.home(lang).map(SitePage::sitePath).orElse(lang + "/"));
        List<LeafletView.Summary> chapters = site.chapters(lang).stream()
                .map(page -> new LeafletView.Summary(page.chapter(), page.title(), page.summary())).toList();
        LeafletView.Summary recommendation = site.byKey(SiteModel.RECOMMENDATION, lang)
                .map(page -> new LeafletView.Summary(0, page.title(), page.summary())).orElse(null);
        String qrImage = "data:image/png;base64," + Base64.getEncoder().encodeToString(qr.png(home));
        return new LeafletView(lang, config.name(lang), home, qrImage, config.texts().count().orElse(0), chapters,
                recommendation, config.study(), config.campaignName(lang), config.campaignContact(),
                config.helpLine(lang).orElse(null));
    }
}
