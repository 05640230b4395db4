package org.whytheyleft.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checked site configuration.
 *
 * @param url          the absolute URL the site is published at, always ending in {@code /}
 * @param languages    the page languages in the order the site offers them (the first is the default)
 * @param names        the site name per language
 * @param campaignNames who publishes the site, per language, printed on every page of that language
 * @param campaignContact how to reach the publisher (an e-mail address or URL), or empty
 * @param domain       a custom domain for GitHub Pages, written to {@code CNAME}, or empty
 * @param study        the publication the site is based on, named in every page's structured data; or null
 * @param analytics    the script of a cookie-less analytics service, or null (the default: no analytics)
 * @param helpLines    a help line per language for readers who worry about themselves or someone else; empty
 *                     (the default) or one for every language
 * @param texts        the campaign's own story texts per language and the count of its figure
 */
public record SiteConfig(URI url, List<String> languages, Map<String, String> names,
                         Map<String, String> campaignNames, String campaignContact, String domain, Study study, URI analytics,
                         Map<String, HelpLine> helpLines, CampaignTexts texts) {

    /** A configuration without story texts and without a figure. */
    public SiteConfig(URI url, List<String> languages, Map<String, String> names,
                      Map<String, String> campaignNames, String campaignContact, String domain, Study study, URI analytics,
                      Map<String, HelpLine> helpLines) {
        this(url, languages, names, campaignNames, campaignContact, domain, study, analytics, helpLines,
                CampaignTexts.NONE);
    }

    /** A configuration without help lines. */
    public SiteConfig(URI url, List<String> languages, Map<String, String> names,
                      Map<String, String> campaignNames, String campaignContact, String domain, Study study, URI analytics) {
        this(url, languages, names, campaignNames, campaignContact, domain, study, analytics, Map.of());
    }

    public SiteConfig {
        helpLines = Map.copyOf(helpLines);
        Objects.requireNonNull(texts, "texts");
    }

    /**
     * Where readers can turn for help: an organisation, its https address and its phone number (digits and spaces,
     * perhaps a leading +), all checked by {@link HelpLineReader}.
     */
    public record HelpLine(String name, String url, String phone) {

        /** The phone number as a {@code tel:} link: the digits only, with the + kept. */
        public String phoneLink() {
            return "tel:" + phone.replace(" ", "");
        }
    }

    /** The help line of a language, if the campaign set one. */
    public java.util.Optional<HelpLine> helpLine(String language) {
        return java.util.Optional.ofNullable(helpLines.get(language));
    }

    /** A publication: its title, author, publisher, date ({@code YYYY-MM} or {@code YYYY-MM-DD}) and address. */
    public record Study(String title, String author, String publisher, String date, String url) {
    }

    /** The absolute URL of a site path such as {@code nl/hoofdstukken/begin/}. */
    public String absolute(String sitePath) {
        return url.resolve(sitePath).toString();
    }

    public String name(String language) {
        return names.get(language);
    }

    /** Who publishes the site, in the words of the given language. */
    public String campaignName(String language) {
        return campaignNames.get(language);
    }
}
