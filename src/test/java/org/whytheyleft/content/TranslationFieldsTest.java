package org.whytheyleft.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.SourcePages.page;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whytheyleft.SourcePages;
import org.whytheyleft.core.Problem;

class TranslationFieldsTest {

    private final HeaderCheck check = new HeaderCheck(List.of("nl", "en", "es"));

    private static SourcePages tracked() {
        return page("es/over.md").with("source", "en").with("sourcehash", "0123456789ab")
                .with("sourceparagraphs", "01234567,89abcdef");
    }

    private Problem onlyProblem(SourcePages page) {
        List<Problem> problems = check.check(page.build());
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void acceptsAPendingPageAndATrackedPage() {
        assertEquals(List.of(), check.check(page("es/over.md").with("translation", "pending").with("source", "en")
                .build()));
        assertEquals(List.of(), check.check(tracked().build()));
        assertEquals(List.of(), check.check(tracked().with("sourceparagraphs", "").build()), "a source with no text");
    }

    @Test
    void aMalformedSourceHashIsAProblemOnItsLine() {
        SourcePages page = tracked().with("sourcehash", "01234567890g");

        Problem problem = onlyProblem(page);

        assertEquals(Path.of("content", "es", "over.md"), problem.file());
        assertEquals(page.build().lineOf("sourcehash"), problem.line());
        assertEquals("sourcehash '01234567890g' is not 12 hex digits.", problem.message());
        assertTrue(problem.fix().contains("exec:java@translated -Dpage=content/es/over.md"), problem::fix);
    }

    @Test
    void aMalformedParagraphListIsAProblemOnItsLine() {
        SourcePages page = tracked().with("sourceparagraphs", "01234567,,89abcdef");

        Problem problem = onlyProblem(page);

        assertEquals(page.build().lineOf("sourceparagraphs"), problem.line());
        assertTrue(problem.message().startsWith("sourceparagraphs '01234567,,89abcdef' is not"), problem::message);
    }

    @Test
    void aSourceMustBeAnotherLanguageOfTheSite() {
        assertEquals("source 'de' is not another language of the site [nl, en, es].",
                onlyProblem(tracked().with("source", "de")).message());
        assertEquals("source 'es' is not another language of the site [nl, en, es].",
                onlyProblem(tracked().with("source", "es")).message());
    }

    @Test
    void theFieldsMustGoTogether() {
        assertEquals("the header does not say which language the page is translated from.",
                onlyProblem(page("es/over.md").with("translation", "pending")).message());
        assertEquals("sourcehash and sourceparagraphs go together; only one is given.",
                onlyProblem(tracked().with("sourceparagraphs", null)).message());
        assertTrue(onlyProblem(tracked().with("translation", "pending")).message()
                .startsWith("the page is marked as not yet translated, and also records"));
        assertTrue(onlyProblem(page("es/over.md").with("source", "en")).message()
                .startsWith("the page names its source but records neither"));
        assertEquals("translation 'done' is unknown.", onlyProblem(tracked().with("translation", "done")).message());
    }
}
