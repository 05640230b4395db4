package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page and stylesheet of the built site passes the Nu Html Checker with no error. */
class HtmlValidityIT {

    private static final List<String> ERRORS = new ArrayList<>();
    private static Path current;
    private static SimpleDocumentValidator validator;

    private static final ErrorHandler COLLECT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings are advice (e.g. on heading structure); errors are what browsers may get wrong.
        }

        @Override
        public void error(SAXParseException e) {
            ERRORS.add(BuiltSite.SITE.relativize(current) + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    };

    @BeforeAll
    static void setUp() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", COLLECT);
        validator.setUpValidatorAndParsers(COLLECT, false, false);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<Path> pages = files(".html");
        assertTrue(pages.size() > 10, "the site has its pages");
        ERRORS.clear();
        for (Path page : pages) {
            current = page;
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertEquals(List.of(), ERRORS);
    }

    @Test
    void everyStylesheetIsValidCss() throws Exception {
        ERRORS.clear();
        for (Path css : files(".css")) {
            current = css;
            validator.checkCssFile(css.toFile(), true);
        }
        assertEquals(List.of(), ERRORS);
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(BuiltSite.SITE)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
