package org.whytheyleft.site;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker over the pages or stylesheets of a built site, with its schema read from its jar. Errors are
 * collected with file and line; warnings are advice (e.g. on heading structure) and are left out. Not thread-safe.
 */
final class NuChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private Path root;
    private Path current;

    NuChecker() throws SAXException {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // advice, not an error a browser may get wrong
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(root.relativize(current) + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new SAXException(e);
        }
    }

    /** The errors in every file under {@code site} whose name ends in {@code suffix} (.html or .css). */
    List<String> errors(Path site, String suffix) throws IOException, SAXException {
        errors.clear();
        root = site;
        for (Path file : files(site, suffix)) {
            current = file;
            if (suffix.equals(".css")) {
                validator.checkCssFile(file.toFile(), true);
            } else {
                validator.checkHtmlFile(file.toFile(), true);
            }
        }
        return List.copyOf(errors);
    }

    static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
