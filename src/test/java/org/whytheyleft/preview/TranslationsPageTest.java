package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.whytheyleft.SourcePages.page;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.whytheyleft.translation.SourceVersion;
import org.whytheyleft.translation.TranslationStatus;

class TranslationsPageTest {

    @Test
    void listsEachLanguagesPagesByStateWithTheChangedParagraphsAsText() {
        String translatedFrom = "The <old> text.";
        SourceVersion then = SourceVersion.of(translatedFrom);
        TranslationStatus status = TranslationStatus.of(List.of(
                page("en/over.md").body("The \\<new> text & more.").build(),
                page("es/over.md").with("source", "en").with("sourcehash", then.hash())
                        .with("sourceparagraphs", String.join(",", then.paragraphHashes())).build(),
                page("en/kit.md").build(),
                page("es/kit.md").with("translation", "pending").with("source", "en").build()),
                List.of("en", "es"));

        Document html = Jsoup.parse(TranslationsPage.html(status));

        assertEquals(List.of("es"), html.select("h2").eachText());
        assertEquals(List.of("not yet translated (1)", "source changed (1)"), html.select("h3").eachText());
        assertEquals(List.of("content/es/kit.md, from content/en/kit.md",
                "content/es/over.md, from content/en/over.md The <new> text & more."),
                html.select("body > ul > li").eachText());
        assertEquals(List.of(), html.select("new"), "a paragraph's words are text, not markup");
    }

    @Test
    void saysSoBeforeTheFirstBuild() {
        assertEquals("The site has not built yet; see the terminal.",
                Jsoup.parse(TranslationsPage.html(null)).selectFirst("p").text());
    }
}
