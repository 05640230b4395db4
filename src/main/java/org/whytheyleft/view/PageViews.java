package org.whytheyleft.view;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.whytheyleft.config.Direction;
import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.PageType;
import org.whytheyleft.content.TranslationFields;
import org.whytheyleft.core.SiteFiles;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/** Decides the {@link PageView} of every page from the site model and the message bundles. Thread-safe. */
public final class PageViews {

    /** The Atom feed of a language, beside its home page. */

    private final SiteModel site;
    private final SiteConfig config;
    private final Messages messages;
    private final LinkPreviews previews;
    private final PageView.Privacy privacy;
    private final List<Edition> editions;
    private final PageView.Figure figure;

    /** A site without take-away editions. */
    public PageViews(SiteModel site, Messages messages) {
        this(site, messages, List.of());
    }

    /** @param editions the leaflets and offline editions the build makes, listed on home and kit pages */
    public PageViews(SiteModel site, Messages messages, List<Edition> editions) {
        this.editions = List.copyOf(editions);
        this.site = site;
        this.config = site.config();
        this.messages = messages;
        this.previews = new LinkPreviews(site, messages);
        this.privacy = PrivacyRules.of(config);
        this.figure = CountFigure.of(config.texts().count());
    }

    public PageView page(SitePage page) {
        String from = page.sitePath();
        String lang = page.lang();
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (String other : config.languages()) {
            site.counterpart(page, other).ifPresent(version -> alternates.add(new PageView.Alternate(other,
                    SiteModel.relative(from, version.sitePath()), config.absolute(version.sitePath()),
                    messages.get(other, "language.name"), version.title())));
        }
        String documentTitle = page.is(PageType.HOME) ? config.name(lang)
                : messages.get(lang, "page.documentTitle", page.title(), config.name(lang));
        return new PageView(page.type().id(), lang, page.title(), documentTitle, page.summary(),
                config.absolute(from), rootOf(from),
                siteLinks(from, lang, config.absolute(site.defaultVersion(page))), alternates, chapterNav(page),
                sections(from, lang), page.is(PageType.HOME) ? figure : null,
                previews.of(page), List.of(), page.is(PageType.KIT) ? kit(page) : List.of(),
                page.key().equals(SiteModel.PRIVACY) ? privacy.onPrivacyPage() : privacy,
                showsHelp(page) ? config.helpLine(lang).orElse(null) : null,
                page.is(PageType.HOME) || page.is(PageType.KIT) ? downloads(page) : List.of());
    }

    /**
     * The notice of a page whose body is still its source's text ({@code translation=pending}), or null for any
     * other page and for the pages of no one language (the entry and 404 pages).
     */
    public TranslationNotice translationNotice(String sitePath) {
        return site.bySitePath(sitePath).map(SitePage::source).filter(TranslationFields::isPending)
                .map(source -> new TranslationNotice(messages.get(source.value("lang"), "translation.pending"),
                        TranslationFields.source(source).orElseThrow()))
                .orElse(null);
    }

    /** The help line follows the story's end: the home page and the recommendation. */
    private static boolean showsHelp(SitePage page) {
        return page.is(PageType.HOME) || page.key().equals(SiteModel.RECOMMENDATION);
    }

    private List<PageView.Download> downloads(SitePage page) {
        String lang = page.lang();
        List<PageView.Download> downloads = new ArrayList<>();
        for (Edition edition : editions) {
            if (!edition.lang().equals(lang)) {
                continue;
            }
            String href = SiteModel.relativeFile(page.sitePath(), edition.file());
            long kilobytes = (edition.bytes() + 1023) / 1024;
            downloads.add(edition.kind() == Edition.Kind.LEAFLET
                    ? new PageView.Download(href, messages.get(lang, "download.leaflet.title"),
                            messages.get(lang, "download.leaflet.description"), "PDF", kilobytes)
                    : new PageView.Download(href, messages.get(lang, "download.offline.title"),
                            messages.get(lang, "download.offline.description"), "HTML", kilobytes));
        }
        return downloads;
    }

    /** The bilingual entry page at the site root: a door into each language. */
    public PageView entry() {
        String lang = config.languages().get(0);
        List<PageView.Door> doors = new ArrayList<>();
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (String other : config.languages()) {
            site.home(other).ifPresent(home -> {
                PageView.Link source = config.study() == null ? null
                        : new PageView.Link(config.study().url(), messages.get(other, "entry.source"));
                doors.add(new PageView.Door(other, home.sitePath(), config.name(other),
                        messages.get(other, "entry.intro"), messages.get(other, "entry.door"), source));
                alternates.add(new PageView.Alternate(other, home.sitePath(), config.absolute(home.sitePath()),
                        messages.get(other, "language.name"), home.title()));
            });
        }
        String title = String.join(" · ", config.names().values());
        String summary = messages.get(lang, "entry.summary");
        PageView.SiteLinks links = new PageView.SiteLinks(title, new PageView.Link("./", title),
                config.campaignName(lang), contact(), null, config.absolute(""));
        return new PageView("entry", lang, title, title, summary, config.absolute(""), "", links, alternates,
                null, PageView.Sections.NONE, null, previews.entry(lang, title, summary), doors,
                List.of(), privacy, null, List.of());
    }

    /**
     * The 404 page: served at whatever address was not found, so its links start from the site's base path
     * ({@code /} or {@code /repo-name/}), which leads to the site's own files on any host that serves it.
     */
    public PageView notFound() {
        String lang = config.languages().get(0);
        String base = config.url().getPath();
        List<PageView.Door> doors = new ArrayList<>();
        for (String other : config.languages()) {
            site.home(other).ifPresent(home -> doors.add(new PageView.Door(other, base + home.sitePath(),
                    messages.get(other, "notfound.title"), messages.get(other, "notfound.text"),
                    messages.get(other, "notfound.home"), null)));
        }
        String title = messages.get(lang, "notfound.title");
        PageView.SiteLinks links = new PageView.SiteLinks(config.name(lang), new PageView.Link(base,
                config.name(lang)), config.campaignName(lang), contact(), null, config.absolute(""));
        return new PageView("notfound", lang, title, title, title, config.absolute(SiteFiles.NOT_FOUND), base, links,
                List.of(), null, PageView.Sections.NONE, null, null, doors, List.of(), privacy, null,
                List.of());
    }

    private static String rootOf(String sitePath) {
        String root = SiteModel.relative(sitePath, "");
        return root.equals("./") ? "" : root;
    }

    private PageView.SiteLinks siteLinks(String from, String lang, String xDefault) {
        String home = site.home(lang).map(SitePage::sitePath).orElse("");
        PageView.Link feed = new PageView.Link(SiteModel.relative(from, home) + SiteFiles.FEED,
                messages.get(lang, "feed.title", config.name(lang)));
        return new PageView.SiteLinks(config.name(lang), new PageView.Link(SiteModel.relative(from, home),
                config.name(lang)), config.campaignName(lang), contact(), feed, xDefault);
    }

    /** The publisher's contact as a link: an address with an @ becomes a mailto: link. */
    private PageView.Link contact() {
        String contact = config.campaignContact();
        if (contact.isEmpty()) {
            return null;
        }
        return new PageView.Link(contact.contains("@") && !contact.contains("/") ? "mailto:" + contact : contact,
                contact);
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
            } else if (!page.is(PageType.HOME)) {
                pages.add(teaser);
            }
        }
        return new PageView.Sections(chapters, pages);
    }

    /** The entry page and every other page of the kit's language, with all a campaign needs to share it. */
    private List<PageView.KitEntry> kit(SitePage kitPage) {
        String lang = kitPage.lang();
        List<PageView.KitEntry> entries = new ArrayList<>();
        // The entry page is every language's: its names run each in its language, so a screen reader reads the
        // Arabic name with an Arabic voice on an English kit.
        List<PageView.Run> names = new ArrayList<>();
        config.names().forEach((other, name) -> {
            if (!names.isEmpty()) {
                names.add(new PageView.Run(" · ", null, null));
            }
            names.add(run(name, other, lang));
        });
        entries.add(kitEntry(kitPage, "", config.name(lang), names, String.join(" · ", config.names().values()),
                messages.get(lang, "entry.summary")));
        for (SitePage page : site.pages(lang)) {
            if (!page.equals(kitPage)) {
                entries.add(kitEntry(kitPage, page.sitePath(), page.title(), List.of(run(page.title(), lang, lang)),
                        page.title(), page.share()));
            }
        }
        return entries;
    }

    /** The names set into the bundle's {@code kit.of} (", {0}"): its words around them stay the kit's language. */
    private List<PageView.Run> label(String lang, List<PageView.Run> names) {
        String[] around = messages.get(lang, "kit.of", "{0}").split(Pattern.quote("{0}"), -1);
        // Isolated from the words around them in a right-to-left kit, as the templates' message arguments are.
        boolean isolate = Direction.of(lang).isRightToLeft();
        List<PageView.Run> label = new ArrayList<>();
        label.add(new PageView.Run(around[0] + (isolate ? "\u2068" : ""), null, null));
        label.addAll(names);
        String after = around.length > 1 ? around[1] : "";
        label.add(new PageView.Run((isolate ? "\u2069" : "") + after, null, null));
        return label;
    }

    /** Words in {@code lang} on a page in {@code pageLang}: marked with their language only where it differs. */
    private static PageView.Run run(String text, String lang, String pageLang) {
        if (lang.equals(pageLang)) {
            return new PageView.Run(text, null, null);
        }
        Direction direction = Direction.of(lang);
        return new PageView.Run(text, lang, direction == Direction.of(pageLang) ? null : direction.attribute());
    }

    /** @param subject what the share links call the page: all its names, for a message that has no languages */
    private PageView.KitEntry kitEntry(SitePage kitPage, String sitePath, String title, List<PageView.Run> names,
                                       String subject, String share) {
        String from = kitPage.sitePath();
        String url = config.absolute(sitePath);
        List<PageView.Link> links = ShareLinks.of(url, subject, share).stream()
                .map(target -> new PageView.Link(target.href(),
                        messages.get(kitPage.lang(), "kit.service." + target.service())))
                .toList();
        return new PageView.KitEntry(title, names, label(kitPage.lang(), names), url, share,
                SiteModel.relativeFile(from, SiteFiles.card(sitePath)),
                SiteModel.relativeFile(from, SiteFiles.qrSvg(sitePath)),
                SiteModel.relativeFile(from, SiteFiles.qrPng(sitePath)), links);
    }


    private static PageView.Link link(SitePage from, SitePage to) {
        return new PageView.Link(SiteModel.relative(from.sitePath(), to.sitePath()), to.title());
    }
}
