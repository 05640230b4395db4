package org.whytheyleft.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.SourcePages.chapter;
import static org.whytheyleft.SourcePages.home;
import static org.whytheyleft.SourcePages.page;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.whytheyleft.SourcePages;
import org.whytheyleft.config.CampaignTexts;
import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/** What templates are given to print: neighbours, counterparts, labels and links, decided per page. */
class PageViewsTest {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath();

    private final SiteModel site = new SiteModel(SourcePages.config(), List.of(
            sitePage(home("nl/index.md").with("title", "Begin")),
            sitePage(home("en/index.md").with("title", "Start")),
            sitePage(chapter("nl/redenen/twee.md", 2).with("key", "b").with("title", "Twee")),
            sitePage(chapter("nl/redenen/een.md", 1).with("key", "a").with("title", "Een")),
            sitePage(chapter("nl/redenen/drie.md", 3).with("key", "c").with("title", "Drie")),
            sitePage(chapter("en/reasons/one.md", 1).with("key", "a").with("title", "One")),
            sitePage(chapter("en/reasons/two.md", 2).with("key", "b").with("title", "Two")),
            sitePage(chapter("en/reasons/three.md", 3).with("key", "c").with("title", "Three")),
            sitePage(page("nl/bronnen.md").with("key", "sources").with("order", "2").with("title", "Bronnen")),
            sitePage(page("nl/over.md").with("key", "about").with("order", "1").with("title", "Over")),
            sitePage(page("en/sources.md").with("key", "sources").with("order", "2")),
            sitePage(page("en/about.md").with("key", "about").with("order", "1"))));
    private final PageViews views = new PageViews(site, messages());

    /** The engine's bundles with the test site's story texts over them. */
    private static Messages messages() {
        return Messages.read(PROJECT, PROJECT.resolve("templates"), List.of("nl", "en"),
                SourcePages.config().texts()).messages();
    }

    @Test
    void aMiddleChapterLinksToItsNeighboursInChapterOrder() {
        PageView view = views.page(site.bySitePath("nl/redenen/twee/").orElseThrow());

        assertEquals(2, view.chapter().number());
        assertEquals(3, view.chapter().total());
        assertEquals(new PageView.Link("../een/", "Een"), view.chapter().previous());
        assertEquals(new PageView.Link("../drie/", "Drie"), view.chapter().next());
    }

    @Test
    void theFirstAndLastChapterHaveNoNeighbourBeyondTheEnds() {
        assertNull(views.page(site.bySitePath("nl/redenen/een/").orElseThrow()).chapter().previous());
        assertNull(views.page(site.bySitePath("nl/redenen/drie/").orElseThrow()).chapter().next());
    }

    @Test
    void theLanguageSwitchLeadsToTheSamePageInEveryLanguageThisOneIncluded() {
        PageView view = views.page(site.bySitePath("nl/redenen/twee/").orElseThrow());

        PageView.Alternate english = view.alternates().get(1);
        assertEquals("en", english.lang());
        assertEquals("../../../en/reasons/two/", english.href());
        assertEquals("https://example.org/site/en/reasons/two/", english.absolute());
        assertEquals("English", english.language());
        assertEquals(List.of("nl", "en"), view.alternates().stream().map(PageView.Alternate::lang).toList());
    }

    @Test
    void aPageIsTitledWithItsTitleAndTheSiteNameAndHomePagesWithTheSiteName() {
        assertEquals("Twee – Proefsite", views.page(site.bySitePath("nl/redenen/twee/").orElseThrow())
                .documentTitle());
        assertEquals("Proefsite", views.page(site.bySitePath("nl/").orElseThrow()).documentTitle());
    }

    @Test
    void linksLeadRelativelyToTheRootAndAbsolutelyForTheCanonicalUrl() {
        PageView view = views.page(site.bySitePath("nl/redenen/twee/").orElseThrow());

        assertEquals("../../../", view.root());
        assertEquals("https://example.org/site/nl/redenen/twee/", view.canonical());
        assertEquals("../../", view.site().home().href());
    }

    @Test
    void theHomePageHasTheFigureAndTheSectionsInReadingOrder() {
        PageView view = views.page(site.bySitePath("nl/").orElseThrow());

        assertNotNull(view.figure());
        assertEquals(12, view.figure().count(), "the campaign's figure.count");
        assertEquals(12, view.figure().marks().size());
        assertEquals(240, view.figure().width(), "rows of ten");
        assertEquals(48, view.figure().height(), "two rows");
        assertEquals(List.of("Een", "Twee", "Drie"), view.sections().chapters().stream()
                .map(PageView.Teaser::title).toList());
        assertEquals(List.of(1, 2, 3), view.sections().chapters().stream().map(PageView.Teaser::number).toList());
        assertEquals(List.of("Over", "Bronnen"), view.sections().pages().stream().map(PageView.Teaser::title)
                .toList());
        assertEquals("redenen/een/", view.sections().chapters().get(0).href());
        assertNull(views.page(site.bySitePath("nl/over/").orElseThrow()).figure());
    }

    @Test
    void aCampaignWithoutACountHasNoFigure() {
        SiteConfig base = SourcePages.config();
        SiteModel uncounted = new SiteModel(new SiteConfig(base.url(), base.languages(), base.names(),
                base.campaignNames(), base.campaignContact(), base.domain(), base.study(), base.analytics(),
                Map.of(), new CampaignTexts(OptionalInt.empty(), base.texts().byLanguage())), site.pages());

        assertNull(new PageViews(uncounted, messages()).page(uncounted.bySitePath("nl/").orElseThrow()).figure());
    }

    @Test
    void theEntryPageSaysWhatTheCampaignWroteOfItsSite() {
        PageView view = views.entry();

        assertEquals("Een proefsite over twaalf dingen.", view.summary(), "the first language's entry.summary");
        assertEquals(List.of("Twaalf dingen.", "Twelve things."), view.doors().stream().map(PageView.Door::intro)
                .toList());
        assertEquals("Where the facts come from", view.doors().get(1).source().label(), "the bundle's wording");
    }

    @Test
    void theCurrentPageIsMarkedInTheSections() {
        PageView view = views.page(site.bySitePath("nl/over/").orElseThrow());

        assertTrue(view.sections().pages().get(0).current());
        assertEquals("./", view.sections().pages().get(0).href());
    }

    @Test
    void theEntryPageHasADoorPerLanguageInItsOwnLanguage() {
        PageView view = views.entry();

        assertEquals(List.of("nl", "en"), view.doors().stream().map(PageView.Door::lang).toList());
        assertEquals(List.of("nl/", "en/"), view.doors().stream().map(PageView.Door::href).toList());
        assertEquals("Read in English", view.doors().get(1).label());
        assertEquals("", view.root());
    }

    @Test
    void theNotFoundPageLinksFromTheBasePathBecauseItIsServedAtAnyAddress() {
        PageView view = views.notFound();

        assertEquals("/site/", view.root());
        assertEquals(List.of("/site/nl/", "/site/en/"),
                view.doors().stream().map(PageView.Door::href).toList());
        assertEquals("This page does not exist", view.doors().get(1).heading());
    }

    private static SitePage sitePage(SourcePages builder) {
        return SitePage.from(builder.build());
    }

    @Test
    void theHomePageListsTheEditionsOfItsLanguageWithLinksAndSizesAndChaptersListNone() {
        PageViews withEditions = new PageViews(site, messages(), List.of(
                new Edition(Edition.Kind.LEAFLET, "nl", "nl/folder.pdf", new byte[2049]),
                new Edition(Edition.Kind.OFFLINE, "nl", "nl/offline-versie.html", new byte[1024]),
                new Edition(Edition.Kind.LEAFLET, "en", "en/leaflet.pdf", new byte[10])));

        List<PageView.Download> downloads = withEditions.page(site.bySitePath("nl/").orElseThrow()).downloads();

        assertEquals(List.of("folder.pdf", "offline-versie.html"), downloads.stream().map(PageView.Download::href)
                .toList());
        assertEquals(List.of("PDF", "HTML"), downloads.stream().map(PageView.Download::format).toList());
        assertEquals(List.of(3L, 1L), downloads.stream().map(PageView.Download::kilobytes).toList(),
                "kilobytes rounded up");
        assertTrue(withEditions.page(site.bySitePath("nl/redenen/een/").orElseThrow()).downloads().isEmpty());
    }

    @Test
    void theHelpLineIsOnTheHomePageOnlyWhenTheCampaignSetOne() {
        assertNull(views.page(site.bySitePath("nl/").orElseThrow()).help(), "none by default");
        SiteConfig base = SourcePages.config();
        SiteConfig.HelpLine line = new SiteConfig.HelpLine("Hulplijn", "https://hulp.example/", "0800 1234");
        SiteModel withHelp = new SiteModel(new SiteConfig(base.url(), base.languages(), base.names(),
                base.campaignNames(), base.campaignContact(), base.domain(), base.study(), base.analytics(),
                Map.of("nl", line, "en", line)), site.pages());
        PageViews helped = new PageViews(withHelp, messages());

        assertEquals(line, helped.page(withHelp.bySitePath("nl/").orElseThrow()).help());
        assertNull(helped.page(withHelp.bySitePath("nl/redenen/een/").orElseThrow()).help(), "not on a chapter");
        assertNull(helped.page(withHelp.bySitePath("nl/bronnen/").orElseThrow()).help(), "not on other pages");
    }
}
