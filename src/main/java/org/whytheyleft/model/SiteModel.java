package org.whytheyleft.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.PageType;

/**
 * Every published page and how pages relate: computed once per build, so that no template has to query for
 * neighbours or counterparts. Immutable.
 */
public final class SiteModel {

    /** The translation key of the recommendation, the story's last word, which the help line and leaflet follow. */
    public static final String RECOMMENDATION = "recommendation";
    /**
     * The translation key of the page that tells readers what the site collects: where analytics a campaign
     * switches on ({@code analytics.script}) are named, with what they receive.
     */
    public static final String PRIVACY = "about";


    private final SiteConfig config;
    private final List<SitePage> pages;
    private final Map<String, SitePage> byContentPath;
    private final Map<String, SitePage> bySitePath;
    /** Pages by translation key, then language: counterparts are looked up for every page and language. */
    private final Map<String, Map<String, SitePage>> byKey;
    /** Pages by language, in site order: every page's navigation and footer list its language's pages. */
    private final Map<String, List<SitePage>> byLang;

    public SiteModel(SiteConfig config, List<SitePage> pages) {
        this.config = config;
        Comparator<SitePage> order = Comparator
                .comparingInt((SitePage p) -> config.languages().indexOf(p.lang()))
                .thenComparingInt(p -> p.is(PageType.HOME) ? 0 : p.is(PageType.CHAPTER) ? 1 : 2)
                .thenComparingInt(SitePage::chapter)
                .thenComparingInt(SitePage::order)
                .thenComparing(SitePage::sitePath);
        this.pages = pages.stream().sorted(order).toList();
        this.byContentPath = this.pages.stream().collect(Collectors.toMap(p -> p.source().path(), Function.identity()));
        this.bySitePath = this.pages.stream().collect(Collectors.toMap(SitePage::sitePath, Function.identity()));
        this.byKey = this.pages.stream().collect(Collectors.groupingBy(SitePage::key,
                Collectors.toMap(SitePage::lang, Function.identity(), (first, second) -> first)));
        this.byLang = this.pages.stream().collect(Collectors.groupingBy(SitePage::lang,
                Collectors.toUnmodifiableList()));
    }

    public SiteConfig config() {
        return config;
    }

    /** All pages: language by language, home first, then chapters in order, then the other pages. */
    public List<SitePage> pages() {
        return pages;
    }

    public List<SitePage> pages(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    public List<SitePage> chapters(String lang) {
        return pages(lang).stream().filter(SitePage::isChapter).toList();
    }

    public Optional<SitePage> home(String lang) {
        return pages(lang).stream().filter(p -> p.is(PageType.HOME)).findFirst();
    }

    /** The page of a language with a translation key, such as {@link #RECOMMENDATION}. */
    public Optional<SitePage> byKey(String key, String lang) {
        return Optional.ofNullable(byKey.getOrDefault(key, Map.of()).get(lang));
    }

    public Optional<SitePage> byContentPath(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath));
    }

    public Optional<SitePage> bySitePath(String sitePath) {
        return Optional.ofNullable(bySitePath.get(sitePath));
    }

    /** The same page in another language. */
    public Optional<SitePage> counterpart(SitePage page, String lang) {
        return Optional.ofNullable(byKey.getOrDefault(page.key(), Map.of()).get(lang));
    }

    /**
     * The site path offered as {@code x-default} to readers whose language the site lacks. It must list the page's
     * versions among its own alternates, or search engines ignore it: for a home page that is the bilingual entry
     * page ({@code ""}), for any other page its version in the default language.
     */
    public String defaultVersion(SitePage page) {
        if (page.is(PageType.HOME)) {
            return "";
        }
        return counterpart(page, config.languages().get(0)).orElse(page).sitePath();
    }

    /**
     * A relative link from one site path to another, so that the site works at a domain root and under any
     * sub-path: from {@code nl/hoofdstukken/begin/} to {@code nl/bronnen/} is {@code ../../bronnen/}.
     */
    public static String relative(String from, String to) {
        String[] fromParts = from.isEmpty() ? new String[0] : from.split("/");
        String[] toParts = to.isEmpty() ? new String[0] : to.split("/");
        int common = 0;
        while (common < fromParts.length && common < toParts.length && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        link.append("../".repeat(fromParts.length - common));
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]).append('/');
        }
        return link.length() == 0 ? "./" : link.toString();
    }

    /** A relative link from a page's folder to a file of the site, such as {@code nl/social-card.png}. */
    public static String relativeFile(String from, String file) {
        int slash = file.lastIndexOf('/');
        String folder = slash < 0 ? "" : file.substring(0, slash + 1);
        String prefix = relative(from, folder);
        return (prefix.equals("./") ? "" : prefix) + file.substring(slash + 1);
    }
}
