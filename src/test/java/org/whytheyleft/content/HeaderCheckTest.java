package org.whytheyleft.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.SourcePages.chapter;
import static org.whytheyleft.SourcePages.home;
import static org.whytheyleft.SourcePages.page;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whytheyleft.SourcePages;
import org.whytheyleft.core.Problem;

class HeaderCheckTest {

    private final HeaderCheck check = new HeaderCheck(List.of("nl", "en"));

    private List<Problem> check(SourcePages page) {
        return check.check(page.build());
    }

    private Problem onlyProblem(SourcePages page) {
        List<Problem> problems = check(page);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    /** The line a field stands on in the header {@link SourcePages} builds. */
    private static int lineOf(SourcePages page, String key) {
        return page.build().lineOf(key);
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    @Test
    void acceptsAValidHeader() {
        assertEquals(List.of(), check(page("nl/over.md")));
        assertEquals(List.of(), check(home("en/index.md")));
        assertEquals(List.of(), check(chapter("nl/redenen/wreedheid.md", 2)));
        assertEquals(List.of(), check(page("en/about.md").with("order", "3").with("status", "draft")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "summary", "share", "lang", "key", "type", "status", "date"})
    void failsWhenARequiredFieldIsMissing(String key) {
        Problem problem = onlyProblem(page("nl/over.md").with(key, null));

        assertEquals(Path.of("content", "nl", "over.md"), problem.file());
        assertEquals(0, problem.line());
        assertEquals("the header has no " + key + ".", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "summary", "share", "lang", "key", "type", "status", "date"})
    void failsWhenARequiredFieldIsEmpty(String key) {
        SourcePages page = page("nl/over.md").with(key, "");

        Problem problem = onlyProblem(page);

        assertEquals(lineOf(page, key), problem.line());
        assertEquals("header field " + key + " is empty.", problem.message());
    }

    @Test
    void failsOnAnUnknownKey() {
        SourcePages page = page("nl/over.md").with("titel", "Over");

        Problem problem = onlyProblem(page);

        assertEquals(9, problem.line());
        assertEquals("header key 'titel' is not part of the schema.", problem.message());
        assertTrue(problem.describe().startsWith("content/nl/over.md:9: header key 'titel'"), problem.describe());
    }

    @Test
    void failsOnALanguageTheSiteDoesNotHave() {
        SourcePages page = page("de/ueber.md").with("lang", "de");

        Problem problem = onlyProblem(page);

        assertEquals(4, problem.line());
        assertEquals("language 'de' is not one of the site's languages [nl, en].", problem.message());
    }

    @Test
    void failsWhenTheLanguageDoesNotMatchTheFolder() {
        Problem problem = onlyProblem(page("nl/over.md").with("lang", "en"));

        assertEquals(4, problem.line());
        assertEquals("the page says lang=en but is not in content/en/.", problem.message());
    }

    @Test
    void failsWhenALanguageFolderOnlyStartsWithTheLanguage() {
        Problem problem = onlyProblem(page("nlx/over.md").with("lang", "nl"));

        assertEquals("the page says lang=nl but is not in content/nl/.", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"post", "Page", "index"})
    void failsOnAnUnknownType(String type) {
        Problem problem = onlyProblem(page("nl/over.md").with("type", type));

        assertEquals(6, problem.line());
        assertEquals("type '" + type + "' is unknown.", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"concept", "Published", "hidden"})
    void failsOnAnUnknownStatus(String status) {
        Problem problem = onlyProblem(page("nl/over.md").with("status", status));

        assertEquals(7, problem.line());
        assertEquals("status '" + status + "' is unknown.", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "27-11-2026", "2026-13-01", "2026-1-5", "2026-11-27T10:00", "morgen"})
    void failsOnADateThatIsNotARealIsoDate(String date) {
        Problem problem = onlyProblem(page("nl/over.md").with("date", date));

        assertEquals(8, problem.line());
        assertEquals("date '" + date + "' is not a real date in the form YYYY-MM-DD.", problem.message());
    }

    @Test
    void acceptsALeapDay() {
        assertEquals(List.of(), check(page("nl/over.md").with("date", "2028-02-29")));
    }

    @Test
    void failsOnASummaryShorterThan50Characters() {
        Problem problem = onlyProblem(page("nl/over.md").with("summary", text(49)));

        assertEquals(2, problem.line());
        assertEquals("summary has 49 characters; it must have 50 to 160.", problem.message());
    }

    @Test
    void failsOnASummaryLongerThan160Characters() {
        Problem problem = onlyProblem(page("nl/over.md").with("summary", text(161)));

        assertEquals("summary has 161 characters; it must have 50 to 160.", problem.message());
    }

    @Test
    void acceptsSummariesOf50And160Characters() {
        assertEquals(List.of(), check(page("nl/over.md").with("summary", text(50))));
        assertEquals(List.of(), check(page("nl/over.md").with("summary", text(160))));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 50 emoji are 100 UTF-16 units but 50 characters.
        assertEquals(List.of(), check(page("nl/over.md").with("summary", "\uD83D\uDE00".repeat(50))));
        assertEquals(List.of(), check(page("nl/over.md").with("summary", "\u00e9".repeat(160))));
    }

    @Test
    void failsOnAShareTextOver200Characters() {
        Problem problem = onlyProblem(page("nl/over.md").with("share", text(201)));

        assertEquals(3, problem.line());
        assertEquals("share has 201 characters; it must have 1 to 200.", problem.message());
        assertEquals(List.of(), check(page("nl/over.md").with("share", text(200))));
    }

    @Test
    void failsOnATitleOver90Characters() {
        Problem problem = onlyProblem(page("nl/over.md").with("title", text(91)));

        assertEquals("title has 91 characters; it must have 1 to 90.", problem.message());
    }

    @Test
    void failsOnAChapterNumberOnAPageThatIsNotAChapter() {
        SourcePages page = page("nl/over.md").with("chapter", "1");

        Problem problem = onlyProblem(page);

        assertEquals(9, problem.line());
        assertEquals("only pages of type=chapter have a chapter number.", problem.message());
    }

    @Test
    void failsOnAChapterWithoutChapterNumber() {
        Problem problem = onlyProblem(page("nl/redenen/wreedheid.md").with("type", "chapter"));

        assertEquals(6, problem.line(), "points at the type line, as there is no chapter line");
        assertEquals("a chapter has no chapter number.", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"twee", "0", "01", "-1", "1.5", "1000", ""})
    void failsOnAChapterNumberThatIsNotAWholeNumberFromOne(String number) {
        SourcePages page = chapter("nl/redenen/wreedheid.md", 1).with("chapter", number);

        Problem problem = onlyProblem(page);

        assertEquals(9, problem.line());
        assertEquals("chapter '" + number + "' is not a whole number from 1.", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eerst", "0", "-2"})
    void failsOnAnOrderThatIsNotAWholeNumber(String order) {
        Problem problem = onlyProblem(page("nl/over.md").with("order", order));

        assertEquals("order '" + order + "' is not a whole number.", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Over", "Nl", "over_ons", "over ons", "-over", "over-"})
    void failsOnATranslationKeyThatIsNotASimpleName(String key) {
        Problem problem = onlyProblem(page("nl/over.md").with("key", key));

        assertEquals(5, problem.line());
        assertEquals("translation key '" + key + "' is not a simple name.", problem.message());
    }

    @Test
    void failsOnAValueThatLooksLikeJson() {
        Problem problem = onlyProblem(page("nl/over.md").with("title", "{x}"));

        assertEquals(1, problem.line());
        assertEquals("header field title is wrapped in { }, which JBake reads as JSON.", problem.message());
    }

    @Test
    void reportsEveryProblemOfAHeaderAtOnce() {
        List<Problem> problems = check(page("nl/over.md").with("titel", "x").with("type", "post")
                .with("date", "2026-02-30").with("summary", null));

        assertEquals(4, problems.size(), problems::toString);
    }
}
