package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;

/**
 * Nothing of the preview reaches a built site: a build made after the preview served a failed and a fixed build,
 * banner and reload script included, is byte for byte the build made before it, with no {@code _preview}, no
 * script and the strict policy on every page.
 */
class PreviewBuiltSiteIT {

    @TempDir
    Path temp;

    @Test
    void aSiteBuiltAfterThePreviewServedHoldsNoneOfItsScriptBannerOrPolicy() throws Exception {
        Path before = temp.resolve("before");
        Path after = temp.resolve("after");
        try (RunningPreview preview = new RunningPreview(temp.resolve("project"), "/")) {
            new SiteBuild(preview.project).build(before, "https://example.org/proef/");
            Path page = preview.project.resolve("content/nl/eerste.md");
            String written = Files.readString(page);
            Files.writeString(page, written + "\n[kapot](../bestaat-niet.md)\n");
            preview.awaitPage("nl/eerste/", html -> html.contains(ProblemBanner.ID), "the banner");
            Files.writeString(page, written);
            preview.awaitPage("nl/eerste/", html -> !html.contains(ProblemBanner.ID), "the page without banner");
            new SiteBuild(preview.project).build(after, "https://example.org/proef/");
        }

        assertEquals(FixtureProject.snapshot(before), FixtureProject.snapshot(after), "the same bytes as before");
        List<String> foreign = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(after)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = after.relativize(file).toString();
                if (relative.contains("_preview")
                        || new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("_preview")) {
                    foreign.add(relative + " names _preview");
                }
                if (relative.endsWith(".html")) {
                    pages.add(file);
                }
            }
        }
        for (Path file : pages) {
            foreign.addAll(scripts(after.relativize(file).toString(), file));
        }
        assertEquals(List.of(), foreign);
        assertTrue(pages.size() >= 6, "pages checked: " + pages);
    }

    /** Every script of a page but its schema.org data, and a policy that would let one run. */
    private static List<String> scripts(String name, Path file) throws IOException {
        Document page = Jsoup.parse(Files.readString(file));
        List<String> found = new ArrayList<>();
        for (Element script : page.select("script")) {
            if (!script.attr("type").equals("application/ld+json")) {
                found.add(name + " has " + script.outerHtml());
            }
        }
        String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        boolean noScript = policy.contains("script-src 'none'")
                || !policy.contains("script-src") && policy.contains("default-src 'none'");
        if (!noScript) {
            found.add(name + " lets scripts run: " + policy);
        }
        return found;
    }
}
