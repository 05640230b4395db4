package org.whytheyleft.view;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.PageType;
import org.whytheyleft.core.SiteFiles;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Decides how a page looks where its link lands: the Open Graph and X card values and the schema.org data.
 * Fallbacks, in order: the page's own title and summary; the site name for the home and entry pages; the study in
 * {@code site.properties} for {@code isBasedOn}, left out when none is configured. Thread-safe.
 */
final class LinkPreviews {

    // Gson escapes <, > and & in strings, so no text can close the <script> element the data stands in.
    private static final Gson JSON = new Gson();

    private final SiteModel site;
    private final SiteConfig config;
    private final Messages messages;

    LinkPreviews(SiteModel site, Messages messages) {
        this.site = site;
        this.config = site.config();
        this.messages = messages;
    }

    PageView.Preview of(SitePage page) {
        String lang = page.lang();
        String url = config.absolute(page.sitePath());
        String image = config.absolute(SiteFiles.card(page.sitePath()));
        JsonObject graph = new JsonObject();
        graph.addProperty("@context", "https://schema.org");
        JsonArray items = new JsonArray();
        items.add(document(page, url, image));
        if (page.isChapter()) {
            items.add(breadcrumbs(page, url));
        }
        graph.add("@graph", items);
        String title = page.is(PageType.HOME) ? config.name(lang) : page.title();
        return new PageView.Preview(page.isChapter() ? "article" : "website", title, page.summary(), url,
                config.name(lang), locale(lang), otherLocales(lang), image, SiteFiles.CARD_WIDTH,
                SiteFiles.CARD_HEIGHT, imageAlt(title, lang), JSON.toJson(graph));
    }

    PageView.Preview entry(String lang, String title, String summary) {
        String url = config.absolute("");
        String image = config.absolute(SiteFiles.card(""));
        JsonObject document = new JsonObject();
        document.addProperty("@context", "https://schema.org");
        document.addProperty("@type", "WebSite");
        document.addProperty("name", title);
        document.addProperty("description", summary);
        document.addProperty("url", url);
        JsonArray languages = new JsonArray();
        config.languages().forEach(languages::add);
        document.add("inLanguage", languages);
        document.add("publisher", organisation(config.campaignName(lang)));
        return new PageView.Preview("website", title, summary, url, title, locale(lang), otherLocales(lang), image,
                SiteFiles.CARD_WIDTH, SiteFiles.CARD_HEIGHT, title, JSON.toJson(document));
    }

    private JsonObject document(SitePage page, String url, String image) {
        JsonObject document = new JsonObject();
        document.addProperty("@type", page.isChapter() ? "Article" : "WebPage");
        document.addProperty(page.isChapter() ? "headline" : "name", page.title());
        document.addProperty("description", page.summary());
        document.addProperty("inLanguage", page.lang());
        document.addProperty("url", url);
        document.addProperty("image", image);
        document.addProperty("datePublished", page.date().toString());
        document.add("publisher", organisation(config.campaignName(page.lang())));
        if (config.study() != null) {
            document.add("isBasedOn", study(config.study()));
        }
        return document;
    }

    private JsonObject breadcrumbs(SitePage page, String url) {
        JsonArray trail = new JsonArray();
        site.home(page.lang()).ifPresent(home -> trail.add(crumb(1, config.name(page.lang()),
                config.absolute(home.sitePath()))));
        trail.add(crumb(trail.size() + 1, page.title(), url));
        JsonObject list = new JsonObject();
        list.addProperty("@type", "BreadcrumbList");
        list.add("itemListElement", trail);
        return list;
    }

    private static JsonObject crumb(int position, String name, String url) {
        JsonObject item = new JsonObject();
        item.addProperty("@type", "ListItem");
        item.addProperty("position", position);
        item.addProperty("name", name);
        item.addProperty("item", url);
        return item;
    }

    private static JsonObject study(SiteConfig.Study study) {
        JsonObject report = new JsonObject();
        report.addProperty("@type", "Report");
        report.addProperty("name", study.title());
        JsonObject author = new JsonObject();
        author.addProperty("@type", "Person");
        author.addProperty("name", study.author());
        report.add("author", author);
        report.add("publisher", organisation(study.publisher()));
        report.addProperty("datePublished", study.date());
        report.addProperty("url", study.url());
        return report;
    }

    private static JsonObject organisation(String name) {
        JsonObject organisation = new JsonObject();
        organisation.addProperty("@type", "Organization");
        organisation.addProperty("name", name);
        return organisation;
    }

    /**
     * What the card shows, each thing once: its title and the site name at its foot, or the title alone where the
     * title is the site name (the home page), so that a screen reader does not read the same words twice.
     */
    private String imageAlt(String title, String lang) {
        String siteName = config.name(lang);
        return title.equals(siteName) ? title : messages.get(lang, "share.cardAlt", title, siteName);
    }

    private String locale(String lang) {
        return messages.get(lang, "share.locale");
    }

    private List<String> otherLocales(String lang) {
        return config.languages().stream().filter(other -> !other.equals(lang)).map(this::locale).toList();
    }
}
