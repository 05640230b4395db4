package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page and stylesheet of the built site passes the Nu Html Checker with no error. */
class HtmlValidityIT {

    private static NuChecker checker;

    @BeforeAll
    static void setUp() throws Exception {
        checker = new NuChecker();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertTrue(NuChecker.files(BuiltSite.SITE, ".html").size() > 10, "the site has its pages");
        assertEquals(List.of(), checker.errors(BuiltSite.SITE, ".html"));
    }

    @Test
    void everyStylesheetIsValidCss() throws Exception {
        assertEquals(List.of(), checker.errors(BuiltSite.SITE, ".css"));
    }
}
