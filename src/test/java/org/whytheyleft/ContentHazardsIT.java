package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.Problem;

/**
 * What the bad-input corpus cannot hold as plain files: symbolic links, names that some file systems merge, editor
 * litter and a page too large to keep in the repository. Each is made in a copy of the small valid fixture.
 */
class ContentHazardsIT {

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyFixture() throws IOException {
        project = FixtureProject.copyTo(temp.resolve("project"));
    }

    @Test
    void refusesALinkThroughASymbolicLinkOutOfContent() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("kaart.svg"), Files.readString(file("content/img/figuur.svg")));
        Files.createSymbolicLink(file("content/extern"), elsewhere);
        append("content/nl/eerste.md", "\n[De kaart](../extern/kaart.svg)\n\n![Een kaart](../extern/kaart.svg)\n");

        assertProblems("content/nl/eerste.md:19: link '../extern/kaart.svg' leads through a symbolic link out of"
                + " content/", "content/nl/eerste.md:21: image '../extern/kaart.svg' leads through a symbolic link"
                + " out of content/");
    }

    @Test
    void refusesTwoFilesWhoseNamesDifferOnlyInCase() throws Exception {
        Files.copy(file("content/img/figuur.svg"), file("content/img/Figuur.svg"));

        assertProblems("content/img/figuur.svg: has the same name as content/img/Figuur.svg apart from capitals");
    }

    @Test
    void showsTwoNamesThatLookTheSameButAreEncodedDifferently() throws Exception {
        Files.copy(file("content/img/figuur.svg"), file("content/img/caf\u00e9.svg"));
        Files.copy(file("content/img/figuur.svg"), file("content/img/cafe\u0301.svg"));

        assertProblems("content/img/caf\u00e9.svg: looks the same as content/img/cafe\u0301.svg but is written"
                + " differently (img/caf[U+00E9].svg and img/cafe[U+0301].svg)");
    }

    @Test
    void leavesEditorAndSystemLitterOutAndSaysSoOnce() throws Exception {
        Files.writeString(file("content/nl/eerste.md~"), "backup");
        Files.writeString(file("content/nl/.#eerste.md"), "lock");
        Files.writeString(file("content/nl/.eerste.md.swp"), "swap");
        Files.writeString(file("content/.DS_Store"), "cache");
        Files.writeString(file("content/img/Thumbs.db"), "cache");

        SiteBuild.Report report = new SiteBuild(project).build(project.resolve("target/site"), null);

        assertEquals(5, report.ignored().size(), report.ignored().toString());
        assertTrue(report.ignoredNote().startsWith("Left out 5 editor or system files under content/"),
                report.ignoredNote());
        assertFalse(Files.exists(project.resolve("target/site/nl/eerste.md~")), "litter is not published");
    }

    @Test
    void refusesAPageOverTheSizeLimitWithoutReadingIt() throws Exception {
        append("content/nl/eerste.md", "\n" + "Een lange zin over niets in het bijzonder.\n".repeat(25_000));

        assertProblems("content/nl/eerste.md: is 1,");
    }

    private void assertProblems(String... expected) {
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> new SiteBuild(project).build(project.resolve("target/site"), null));
        List<String> reported = failure.problems().stream().sorted().map(Problem::describe).toList();
        assertEquals(expected.length, reported.size(), reported.toString());
        for (String line : expected) {
            assertTrue(reported.stream().anyMatch(problem -> problem.startsWith(line)), line + " in " + reported);
        }
        assertFalse(Files.exists(project.resolve("target/site")), "no site is written");
    }

    private void append(String relative, String text) throws IOException {
        Files.writeString(file(relative), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private Path file(String relative) {
        return project.resolve(relative);
    }
}
