package org.whytheyleft.view;

import java.util.ArrayList;
import java.util.List;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/** Decides the {@link PageView} of every page from the site model and the message bundles. Thread-safe. */
public final class PageViews {

    private final SiteModel site;
    private final SiteConfig config;
    private final Messages messages;

    public PageViews(SiteModel site, Messages messages) {
        this.site = site;
        this.config = site.config();
        this.messages = messages;
    }

    public PageView page(SitePage page) {
        String from = page.sitePath();
        String lang = page.lang();
        String siteName = config.name(lang);
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (String other : config.languages()) {
            site.counterpart(page, other).ifPresent(version -> alternates.add(new PageView.Alternate(other,
                    SiteModel.relative(from, version.sitePath()), config.absolute(version.sitePath()),
                    messages.get(other, "language.name"), version.title())));
        }
        String documentTitle = page.type().equals("home") ? siteName
                : messages.get(lang, "page.documentTitle", page.title(), siteName);
        return new PageView(page.type(), lang, page.title(), documentTitle, page.summary(), siteName,
                config.absolute(from), rootOf(from), home(from, lang), alternates,
                alternates.stream().filter(a -> !a.lang().equals(lang)).toList(), chapterNav(page),
                sections(from, lang), config.campaignName(), List.of(),
                page.type().equals("home") ? DefectorsFigure.FIGURE : null);
    }

    /** The bilingual entry page at the site root: a door into each language. */
    public PageView entry() {
        String lang = config.languages().get(0);
        List<PageView.Door> doors = new ArrayList<>();
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (String other : config.languages()) {
            site.home(other).ifPresent(home -> {
                doors.add(new PageView.Door(other, home.sitePath(), config.name(other),
                        messages.get(other, "entry.intro"), messages.get(other, "entry.door")));
                alternates.add(new PageView.Alternate(other, home.sitePath(), config.absolute(home.sitePath()),
                        messages.get(other, "language.name"), home.title()));
            });
        }
        String title = String.join(" · ", config.names().values());
        return new PageView("entry", lang, title, title, messages.get(lang, "entry.summary"), config.name(lang),
                config.absolute(""), "", new PageView.Link("./", config.name(lang)), alternates, List.of(), null,
                PageView.Sections.NONE, config.campaignName(), doors, null);
    }

    /** The 404 page: served at whatever address was not found, so its links are absolute. */
    public PageView notFound() {
        String lang = config.languages().get(0);
        List<PageView.Door> doors = new ArrayList<>();
        for (String other : config.languages()) {
            site.home(other).ifPresent(home -> doors.add(new PageView.Door(other, config.absolute(home.sitePath()),
                    messages.get(other, "notfound.title"), messages.get(other, "notfound.text"), messages.get(other, "notfound.home"))));
        }
        String title = messages.get(lang, "notfound.title");
        return new PageView("notfound", lang, title, title, title, config.name(lang), config.absolute("404.html"),
                config.absolute(""), new PageView.Link(config.absolute(""), config.name(lang)), List.of(), List.of(),
                null, PageView.Sections.NONE, config.campaignName(), doors, null);
    }

    private static String rootOf(String sitePath) {
        String root = SiteModel.relative(sitePath, "");
        return root.equals("./") ? "" : root;
    }

    private PageView.Link home(String from, String lang) {
        return site.home(lang).map(home -> new PageView.Link(SiteModel.relative(from, home.sitePath()),
                config.name(lang))).orElse(new PageView.Link(SiteModel.relative(from, ""), config.name(lang)));
    }

    private PageView.ChapterNav chapterNav(SitePage page) {
        if (!page.isChapter()) {
            return null;
        }
        List<SitePage> chapters = site.chapters(page.lang());
        int index = chapters.indexOf(page);
        PageView.Link previous = index > 0 ? link(page, chapters.get(index - 1)) : null;
        PageView.Link next = index + 1 < chapters.size() ? link(page, chapters.get(index + 1)) : null;
        return new PageView.ChapterNav(page.chapter(), chapters.size(), previous, next);
    }

    private PageView.Sections sections(String from, String lang) {
        List<PageView.Teaser> chapters = new ArrayList<>();
        List<PageView.Teaser> pages = new ArrayList<>();
        for (SitePage page : site.pages(lang)) {
            PageView.Teaser teaser = new PageView.Teaser(SiteModel.relative(from, page.sitePath()), page.title(),
                    page.summary(), page.chapter(), page.sitePath().equals(from));
            if (page.isChapter()) {
                chapters.add(teaser);
            } else if (!page.type().equals("home")) {
                pages.add(teaser);
            }
        }
        return new PageView.Sections(chapters, pages);
    }

    private static PageView.Link link(SitePage from, SitePage to) {
        return new PageView.Link(SiteModel.relative(from.sitePath(), to.sitePath()), to.title());
    }
}
