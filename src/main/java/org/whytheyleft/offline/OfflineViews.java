package org.whytheyleft.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.PageType;
import org.whytheyleft.content.TranslationFields;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Decides the {@link OfflineView} of a language: the home page's body as the opening, then every chapter in order
 * and every plain page ({@code type=page}) in menu order, each under its own heading. The campaign kit is left out:
 * it is about sharing the site, and its cards and QR codes are files the edition may not load. Thread-safe.
 */
final class OfflineViews {

    /** Nothing from outside the file: no script, no request; only the one style element, by its hash. */
    private static final String POLICY = "default-src 'none'; style-src '%s'; img-src data:; base-uri 'none';"
            + " form-action 'none'";

    private final SiteModel site;
    private final SiteConfig config;
    private final Map<String, String> bodies;
    private final String css;

    /**
     * @param bodies the HTML body of each page by content path, as the site publishes it
     * @param css    the site's joined stylesheet
     */
    OfflineViews(SiteModel site, Map<String, String> bodies, String css) {
        this.site = site;
        this.config = site.config();
        this.bodies = bodies;
        this.css = css;
    }

    OfflineView of(String lang) {
        SitePage home = site.home(lang).orElseThrow(() -> new IllegalStateException("No home page in " + lang));
        List<SitePage> included = site.pages(lang).stream()
                .filter(page -> page.isChapter() || page.is(PageType.PAGE)).toList();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(home.sitePath(), home.key());
        included.forEach(page -> ids.put(page.sitePath(), page.key()));
        OfflineBody rewriter = new OfflineBody(config.url(), ids);
        List<OfflineView.Section> sections = new ArrayList<>();
        for (SitePage page : included) {
            sections.add(new OfflineView.Section(page.key(), page.title(), config.absolute(page.sitePath()),
                    rewriter.rewrite(page.sitePath(), bodies.get(page.source().path()), true), pendingIn(page)));
        }
        return new OfflineView(lang, config.name(lang), home.title(), home.key(), config.absolute(home.sitePath()),
                rewriter.rewrite(home.sitePath(), bodies.get(home.source().path()), false), pendingIn(home), sections,
                css, String.format(Locale.ROOT, POLICY, hash(css)), "no-referrer", config.campaignName(lang));
    }

    /** The language a page not yet translated is still written in, or null for a translated page. */
    private static String pendingIn(SitePage page) {
        return TranslationFields.isPending(page.source()) ? TranslationFields.source(page.source()).orElseThrow()
                : null;
    }

    /** The CSP source of an inline style: its SHA-256, so that no other style could apply. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
