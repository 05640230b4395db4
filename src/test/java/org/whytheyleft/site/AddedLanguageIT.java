package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.translation.AddLanguage;

/**
 * A language added by {@code exec:java@add-language}, right to left (Persian, copied from English), passes the
 * checks every language passes, before a word of it is translated: each page in its language and direction with
 * the English body marked as English, counterparts linked both ways, doors on the entry and 404 pages, valid HTML.
 */
class AddedLanguageIT {

    @TempDir
    static Path temp;

    private static Path site;
    private static LanguageChecks checks;

    @BeforeAll
    static void addPersianAndBuild() throws Exception {
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        new AddLanguage(project).add("fa", "en");
        site = project.resolve("target/site");
        new SiteBuild(project).build(site, null);
        checks = new LanguageChecks(project.resolve("content"), site, List.of("nl", "en", "fa"));
    }

    @Test
    void theUntranslatedPagesRunRightToLeftWithTheirEnglishBodyLeftToRight() throws Exception {
        assertEquals(List.of(), checks.directions());
        Element body = Jsoup.parse(site.resolve("fa/first/index.html").toFile(), "UTF-8").selectFirst("main .prose");
        assertEquals("en", body.attr("lang"));
        assertEquals("ltr", body.attr("dir"));
    }

    @Test
    void everyPageLinksItsCounterpartsBothWaysAndTheEntryPageHasADoorForTheNewLanguage() throws Exception {
        assertEquals(List.of(), checks.counterparts());
        assertEquals(List.of(), checks.doors());
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertEquals(List.of(), new NuChecker().errors(site, ".html"));
    }
}
