package org.whytheyleft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.SourcePages.chapter;
import static org.whytheyleft.SourcePages.home;
import static org.whytheyleft.SourcePages.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.whytheyleft.SourcePages;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;

class SiteModelBuilderTest {

    private final SiteModelBuilder builder = new SiteModelBuilder(SourcePages.config());

    /** Both homes, so that only what a test adds can be wrong. */
    private static List<SourcePages> homes() {
        return new ArrayList<>(List.of(home("nl/index.md"), home("en/index.md")));
    }

    private SiteModelBuilder.Result build(SourcePages... extra) {
        List<SourcePages> pages = homes();
        pages.addAll(Arrays.asList(extra));
        return builder.build(pages.stream().map(SourcePages::build).toList(), Set.of());
    }

    private static Problem onlyProblem(SiteModelBuilder.Result result) {
        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + result.problems());
        return result.problems().get(0);
    }

    private static List<String> sitePaths(List<SitePage> pages) {
        return pages.stream().map(SitePage::sitePath).toList();
    }

    @Test
    void placesAValidSite() {
        SiteModelBuilder.Result result = build(
                page("nl/over.md").with("key", "about"), page("en/about.md"),
                chapter("nl/redenen/wreedheid.md", 1).with("key", "brutality"),
                chapter("en/reasons/brutality.md", 1));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("nl/", "nl/redenen/wreedheid/", "nl/over/", "en/", "en/reasons/brutality/",
                "en/about/"), sitePaths(result.model().pages()));
    }

    @Test
    void failsWhenCounterpartIsMissing() {
        Problem problem = onlyProblem(build(page("nl/over.md").with("key", "about")));

        assertEquals(Path.of("content", "nl", "over.md"), problem.file());
        assertEquals(5, problem.line(), "points at the key line");
        assertEquals("has no published counterpart in 'en' (no page there with key=about).", problem.message());
    }

    @Test
    void failsWhenTheOnlyCounterpartIsADraft() {
        Problem problem = onlyProblem(build(page("nl/over.md").with("key", "about"),
                page("en/about.md").with("status", "draft")));

        assertEquals(Path.of("content", "nl", "over.md"), problem.file());
        assertTrue(problem.message().startsWith("has no published counterpart in 'en'"), problem.message());
    }

    @Test
    void failsWhenAHomeIsMissing() {
        SiteModelBuilder.Result result = builder.build(List.of(home("nl/index.md").build()), Set.of());

        assertEquals(List.of(
                        Problem.ofFile(Path.of("content", "en", "index.md"),
                                "is missing: every language needs a home page.",
                                "write content/en/index.md with type=home."),
                        new Problem(Path.of("content", "nl", "index.md"), 5,
                                "has no published counterpart in 'en' (no page there with key=home).",
                                "write the en version under content/en/ with key=home and status=published.")),
                result.problems().stream().sorted().toList());
    }

    @Test
    void failsWhenTwoFilesWouldHaveTheSameUrl() {
        SiteModelBuilder.Result result = build(
                page("nl/over.md").with("key", "about"), page("en/about.md"),
                page("nl/over/index.md").with("key", "about-too"));

        Problem problem = onlyProblem(result);
        assertEquals(Path.of("content", "nl", "over", "index.md"), problem.file());
        assertEquals("would be published at /nl/over/, the same URL as " + Path.of("content", "nl", "over.md")
                + ".", problem.message());
        assertEquals("nl/over.md", result.model().bySitePath("nl/over/").orElseThrow().source().path());
    }

    @Test
    void failsWhenADraftTakesTheUrlOfAPublishedPage() {
        List<String> messages = build(
                page("nl/over.md").with("key", "about").with("status", "draft"),
                page("nl/over/index.md").with("key", "about"), page("en/about.md"))
                .problems().stream().map(SiteModelBuilderTest::withoutFix).toList();

        assertTrue(messages.contains("content/nl/over/index.md: would be published at /nl/over/, the same URL as"
                + " content/nl/over.md."), messages::toString);
    }

    @Test
    void failsWhenAKeyIsUsedTwiceInOneLanguage() {
        Problem problem = onlyProblem(build(
                page("nl/over.md").with("key", "about"), page("nl/colofon.md").with("key", "about"),
                page("en/about.md")));

        assertEquals(5, problem.line());
        assertTrue(problem.message().startsWith("translation key 'about' is also used by content/"),
                problem.message());
        assertTrue(problem.message().endsWith(" in the same language."), problem.message());
    }

    @Test
    void failsWhenAChapterIsNumberedTwice() {
        SiteModelBuilder.Result result = build(
                chapter("nl/a.md", 1).with("key", "one"), chapter("en/one.md", 1),
                chapter("nl/b.md", 1).with("key", "two"), chapter("en/two.md", 2));

        List<String> messages = result.problems().stream().map(Problem::describe).toList();
        assertTrue(messages.contains("content/nl/b.md:9: chapter 1 is also content/nl/a.md. Fix: number the chapters"
                + " of a language 1, 2, 3, ... once each."), messages::toString);
    }

    @Test
    void failsWhenAChapterNumberIsSkipped() {
        SiteModelBuilder.Result result = build(
                chapter("nl/a.md", 1).with("key", "one"), chapter("en/one.md", 1),
                chapter("nl/c.md", 3).with("key", "three"), chapter("en/three.md", 3));

        assertEquals(List.of(
                        "content/en/three.md:9: chapter 3 follows chapter 1: chapter 2 is missing in en.",
                        "content/nl/c.md:9: chapter 3 follows chapter 1: chapter 2 is missing in nl."),
                result.problems().stream().sorted().map(SiteModelBuilderTest::withoutFix).toList());
    }

    @Test
    void failsWhenChaptersDoNotStartAtOne() {
        SiteModelBuilder.Result result = build(chapter("nl/b.md", 2).with("key", "two"), chapter("en/two.md", 2));

        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().stream().allMatch(p -> p.message().endsWith("chapter 1 is missing in "
                + p.file().getName(1) + ".")), result.problems()::toString);
    }

    @Test
    void failsWhenACounterpartHasAnotherChapterNumber() {
        SiteModelBuilder.Result result = build(
                chapter("nl/a.md", 1).with("key", "one"), chapter("en/one.md", 1),
                chapter("nl/b.md", 2).with("key", "two"), chapter("en/two.md", 1));

        List<String> messages = result.problems().stream().map(SiteModelBuilderTest::withoutFix).toList();
        assertTrue(messages.stream().anyMatch(m -> m.matches("content/(nl/b|en/two)\\.md:6: is type=chapter,"
                + " chapter=[12] but its counterpart content/(nl/b|en/two)\\.md is type=chapter, chapter=[12]\\.")),
                messages::toString);
    }

    @Test
    void failsWhenACounterpartHasAnotherType() {
        List<String> messages = build(page("nl/over.md").with("key", "about"), chapter("en/about.md", 1))
                .problems().stream().map(Problem::message).toList();

        assertTrue(messages.stream().anyMatch(m -> m.contains("but its counterpart")), messages::toString);
    }

    @Test
    void failsWhenTheHomeIsNotAtIndexMd() {
        SiteModelBuilder.Result result = builder.build(List.of(
                home("nl/start.md").build(), home("en/index.md").build()), Set.of());

        List<String> messages = result.problems().stream().map(SiteModelBuilderTest::withoutFix).toList();
        assertEquals(List.of("content/nl/start.md:6: has type=home but is not content/nl/index.md."), messages);
    }

    @Test
    void failsWhenAHomeIsInASubfolder() {
        SiteModelBuilder.Result result = build(home("nl/redenen/index.md").with("key", "redenen"),
                home("en/reasons/index.md").with("key", "redenen"));

        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().stream().allMatch(p -> p.message().startsWith("has type=home but is not")));
    }

    @Test
    void failsWhenIndexMdOfALanguageIsNotTheHome() {
        SiteModelBuilder.Result result = builder.build(List.of(
                page("nl/index.md").with("key", "home").build(), home("en/index.md").build()), Set.of());

        List<String> messages = result.problems().stream().map(SiteModelBuilderTest::withoutFix).toList();
        assertTrue(messages.contains("content/nl/index.md:6: is the home page of its language but has type=page."),
                messages::toString);
    }

    @Test
    void leavesDraftsOutOfTheSite() {
        SiteModelBuilder.Result result = build(page("nl/concept.md").with("status", "draft"));

        assertEquals(List.of(), result.problems());
        assertTrue(result.model().byContentPath("nl/concept.md").isEmpty());
    }

    @Test
    void ordersPagesAndChaptersWhateverTheOrderOfTheFiles() {
        List<SourcePage> sources = List.of(
                page("en/sources.md").with("order", "2").build(),
                page("en/about.md").build(),
                chapter("en/reasons/third.md", 3).with("key", "c").build(),
                page("nl/over.md").with("key", "about").build(),
                chapter("nl/redenen/eerste.md", 1).with("key", "a").build(),
                home("en/index.md").build(),
                chapter("en/reasons/first.md", 1).with("key", "a").build(),
                page("nl/bronnen.md").with("key", "sources").with("order", "2").build(),
                chapter("nl/redenen/tweede.md", 2).with("key", "b").build(),
                chapter("nl/redenen/derde.md", 3).with("key", "c").build(),
                home("nl/index.md").build(),
                chapter("en/reasons/second.md", 2).with("key", "b").build());

        SiteModelBuilder.Result result = builder.build(sources, Set.of());

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("nl/", "nl/redenen/eerste/", "nl/redenen/tweede/", "nl/redenen/derde/", "nl/bronnen/",
                        "nl/over/", "en/", "en/reasons/first/", "en/reasons/second/", "en/reasons/third/",
                        "en/sources/", "en/about/"),
                sitePaths(result.model().pages()));
        assertEquals(List.of("en/reasons/first/", "en/reasons/second/", "en/reasons/third/"),
                sitePaths(result.model().chapters("en")));
    }

    private static String withoutFix(Problem problem) {
        String text = problem.describe();
        return text.substring(0, text.indexOf(" Fix: "));
    }
}
