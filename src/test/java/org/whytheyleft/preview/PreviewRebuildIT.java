package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;

/** The preview's rebuild on a copy of the small fixture: a broken save never replaces or stops the served site. */
class PreviewRebuildIT {

    @TempDir
    Path temp;

    @Test
    void keepsServingTheLastCompleteSiteThroughABrokenSaveAndBuildsTheNextOne() throws Exception {
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        Path page = project.resolve("content/nl/eerste.md");
        String written = Files.readString(page);
        Preview preview = new Preview(project, 8820);

        preview.rebuild();
        Path first = preview.served();
        assertTrue(Files.isRegularFile(first.resolve("nl/eerste/index.html")), "the first build is served");

        Files.writeString(page, written + "\n" + "> ".repeat(30_000) + "te diep\n");
        preview.rebuild();
        assertEquals(first, preview.served(), "a failed build leaves the served site alone");
        assertTrue(Files.isRegularFile(first.resolve("nl/eerste/index.html")));

        Files.writeString(page, written.replace("Dit is het eerste hoofdstuk.", "Weer goed."));
        preview.rebuild();
        assertNotEquals(first, preview.served(), "the next save is built and served");
        assertTrue(Files.readString(preview.served().resolve("nl/eerste/index.html")).contains("Weer goed."));
    }
}
