package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.browser.Chromium;

/**
 * The problem banner as an editor's browser shows it: axe finds no violation (contrast included) on a page that
 * carries it, in light and in dark mode, in Dutch and English, under the page's own security policy, which the
 * banner's stylesheet must pass: blocked styles would leave it unstyled and log an error.
 */
class PreviewBannerBrowserIT {

    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @TempDir
    Path temp;

    @Test
    void aPageWithTheBannerIsAccessibleInLightAndDarkAndLoadsItsStylesUnderThePagesPolicy() throws Exception {
        try (RunningPreview preview = new RunningPreview(temp.resolve("project"), "/");
             Chromium chromium = Chromium.start(preview.project.resolve("target"))) {
            Path page = preview.project.resolve("content/nl/eerste.md");
            Files.writeString(page, Files.readString(page) + "\n[kapot](../bestaat-niet.md)\n");
            preview.awaitPage("nl/eerste/", html -> html.contains(ProblemBanner.ID), "the banner");
            List<String> violations = new ArrayList<>();
            for (String scheme : List.of("light", "dark")) {
                for (String address : List.of("nl/eerste/", "en/first/")) {
                    chromium.viewport(375, 812, true);
                    chromium.colorScheme(scheme);
                    chromium.driver().get(preview.root.resolve(address).toString());
                    Object styled = chromium.driver().executeScript("return getComputedStyle(document"
                            + ".getElementById('" + ProblemBanner.ID + "')).borderBottomStyle");
                    assertEquals("solid", styled, "the banner's stylesheet is loaded on " + address);
                    violations.addAll(axe(chromium, scheme + " " + address + ": "));
                }
            }
            assertEquals(List.of(), violations);
            assertEquals(List.of(), chromium.takeConsoleErrors(), "nothing is blocked by the page's policy");
        }
    }

    private static List<String> axe(Chromium chromium, String where) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(chromium.driver());
        if (results.isErrored()) {
            return List.of(where + "axe failed: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(where + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return violations;
    }
}
