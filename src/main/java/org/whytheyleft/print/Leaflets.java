package org.whytheyleft.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.whytheyleft.bake.StandaloneTemplates;
import org.whytheyleft.config.Direction;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;
import org.whytheyleft.view.Edition;

/**
 * Makes the print leaflet of every language, in memory: {@code templates/leaflet.html} filled from the content,
 * laid out as a tagged PDF and published as {@code <lang>/<leaflet.file>.pdf}, named in the language's own words by
 * its message bundle ({@code nl/folder.pdf}, {@code ar/matwiya.pdf}). A leaflet whose HTML did not change since
 * an earlier build comes from {@code target/edition-cache} with the same bytes.
 */
public final class Leaflets {

    static final String TEMPLATE = "leaflet";

    private final SiteModel site;
    private final Messages messages;
    private final StandaloneTemplates templates;
    private final LeafletViews views;
    private final PdfCache pdf;

    public Leaflets(Path projectDir, SiteModel site, Messages messages) {
        this.site = site;
        this.messages = messages;
        this.templates = new StandaloneTemplates(projectDir.resolve("templates"), messages);
        this.views = new LeafletViews(site);
        this.pdf = new PdfCache(projectDir.resolve("target/edition-cache"),
                (html, date, direction) -> new TaggedPdf().render(html, date, direction));
    }

    /** The leaflet of each language, in the site's language order. */
    public List<Edition> make() throws IOException, StandaloneTemplates.TemplateFailure {
        List<Edition> leaflets = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String html = templates.render(TEMPLATE, lang, Map.of("leaflet", views.of(lang)));
            leaflets.add(new Edition(Edition.Kind.LEAFLET, lang, lang + "/" + messages.get(lang, "leaflet.file")
                    + ".pdf", pdf.get(html, newestPage(lang), Direction.of(lang))));
        }
        return leaflets;
    }

    /** The leaflet is as new as the newest page of its language: a date of the content, never of the clock. */
    private LocalDate newestPage(String lang) {
        return site.pages(lang).stream().map(SitePage::date)
                .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    }
}
