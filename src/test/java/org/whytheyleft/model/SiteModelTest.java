package org.whytheyleft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.whytheyleft.SourcePages.chapter;
import static org.whytheyleft.SourcePages.home;
import static org.whytheyleft.SourcePages.page;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whytheyleft.SourcePages;
import org.whytheyleft.content.SourcePage;

class SiteModelTest {

    @ParameterizedTest(name = "from ''{0}'' to ''{1}'' is ''{2}''")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            nl/redenen/wreedheid/ | nl/bronnen/             | ../../bronnen/
            nl/redenen/wreedheid/ | nl/redenen/wreedheid/   | ./
            nl/redenen/wreedheid/ | nl/redenen/corruptie/   | ../corruptie/
            nl/redenen/wreedheid/ | ''                      | ../../../
            nl/redenen/wreedheid/ | en/reasons/brutality/   | ../../../en/reasons/brutality/
            nl/redenen/wreedheid/ | nl/                     | ../../
            nl/                   | nl/redenen/wreedheid/   | redenen/wreedheid/
            nl/                   | nl/                     | ./
            nl/                   | en/                     | ../en/
            nl/                   | ''                      | ../
            ''                    | nl/                     | nl/
            ''                    | ''                      | ./
            nl/over/              | nl/overig/              | ../overig/
            """)
    void linksRelativelyBetweenSitePaths(String from, String to, String expected) {
        assertEquals(expected, SiteModel.relative(from, to));
    }

    @ParameterizedTest(name = "{0} is published at ''{1}''")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            nl/index.md              | nl/
            nl/over.md               | nl/over/
            index.md                 | ''
            nl/redenen/wreedheid.md  | nl/redenen/wreedheid/
            nl/redenen/index.md      | nl/redenen/
            nl/myindex.md            | nl/myindex/
            nl/index-van-bronnen.md  | nl/index-van-bronnen/
            """)
    void publishesEveryPageAtAFolderUrl(String contentPath, String sitePath) {
        assertEquals(sitePath, SitePage.sitePathOf(contentPath));
    }

    @Test
    void writesEachPageAsIndexHtmlOfItsFolder() {
        SitePage page = sitePage(page("nl/over.md"));

        assertEquals("nl/over/index.html", page.outputFile());
    }

    @Test
    void findsPagesByContentPathSitePathAndCounterpart() {
        SitePage nl = sitePage(page("nl/over.md").with("key", "about"));
        SitePage en = sitePage(page("en/about.md"));
        SiteModel model = new SiteModel(SourcePages.config(), List.of(en, nl));

        assertEquals(nl, model.byContentPath("nl/over.md").orElseThrow());
        assertEquals(en, model.bySitePath("en/about/").orElseThrow());
        assertEquals(en, model.counterpart(nl, "en").orElseThrow());
        assertEquals(nl, model.counterpart(en, "nl").orElseThrow());
        assertEquals(true, model.byContentPath("nl/about.md").isEmpty());
    }

    /**
     * Every page's navigation and footer ask for its language's pages: the answer is kept, not filtered from the
     * whole site on each call, which made the bake grow with the square of the pages.
     */
    @Test
    void keepsEachLanguagesPagesInSiteOrderInsteadOfScanning() {
        SitePage nlHome = sitePage(home("nl/index.md"));
        SitePage nlAbout = sitePage(page("nl/over.md").with("key", "about"));
        SitePage enAbout = sitePage(page("en/about.md"));
        SiteModel model = new SiteModel(SourcePages.config(), List.of(enAbout, nlAbout, nlHome));

        assertEquals(List.of(nlHome, nlAbout), model.pages("nl"));
        assertSame(model.pages("nl"), model.pages("nl"), "the same list, made once");
        assertEquals(List.of(), model.pages("de"));
    }

    @Test
    void ordersPagesByLanguageThenHomeChaptersAndPages() {
        SitePage enAbout = sitePage(page("en/about.md"));
        SitePage nlSources = sitePage(page("nl/bronnen.md"));
        SitePage nlChapter10 = sitePage(chapter("nl/tien.md", 10));
        SitePage nlChapter2 = sitePage(chapter("nl/twee.md", 2));
        SitePage nlHome = sitePage(home("nl/index.md"));
        SitePage enHome = sitePage(home("en/index.md"));
        SitePage nlAboutFirst = sitePage(page("nl/over.md").with("order", "1"));
        SiteModel model = new SiteModel(SourcePages.config(),
                List.of(enAbout, nlSources, nlChapter10, nlChapter2, nlHome, enHome, nlAboutFirst));

        assertEquals(List.of(nlHome, nlChapter2, nlChapter10, nlAboutFirst, nlSources, enHome, enAbout),
                model.pages());
        assertEquals(List.of(nlChapter2, nlChapter10), model.chapters("nl"));
        assertEquals(nlHome, model.home("nl").orElseThrow());
    }

    private static SitePage sitePage(SourcePages builder) {
        return SitePage.from(builder.build());
    }
}
