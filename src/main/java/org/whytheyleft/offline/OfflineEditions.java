package org.whytheyleft.offline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.whytheyleft.bake.StandaloneTemplates;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.styles.CssComments;
import org.whytheyleft.view.Edition;

/**
 * Makes the offline edition of every language, in memory: {@code templates/offline.html} filled with the whole
 * story, to be published as {@code <lang>/<offline.file>.html}, named in the language's own words by its message
 * bundle. One file that opens from a phone's downloads or a USB stick and can be passed on in a messaging app.
 */
public final class OfflineEditions {

    static final String TEMPLATE = "offline";

    private final SiteModel site;
    private final Messages messages;
    private final StandaloneTemplates templates;
    private final OfflineViews views;

    /**
     * @param bodies the HTML body of each page by content path
     * @param css    the site's joined stylesheet, which the file carries inline without its comments (notes for
     *               the site's authors, not for the reader the file is passed on to)
     */
    public OfflineEditions(Path projectDir, SiteModel site, Map<String, String> bodies, Messages messages,
                           String css) {
        this.site = site;
        this.messages = messages;
        this.templates = new StandaloneTemplates(projectDir.resolve("templates"), messages);
        this.views = new OfflineViews(site, bodies, CssComments.strip(css));
    }

    /** The edition of each language, in the site's language order. */
    public List<Edition> make() throws StandaloneTemplates.TemplateFailure {
        List<Edition> editions = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String html = templates.render(TEMPLATE, lang, Map.of("edition", views.of(lang)));
            editions.add(new Edition(Edition.Kind.OFFLINE, lang, lang + "/" + messages.get(lang, "offline.file")
                    + ".html", html.getBytes(StandardCharsets.UTF_8)));
        }
        return editions;
    }
}
