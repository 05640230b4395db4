package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.Problem;

/**
 * The corpus of malformed inputs in {@code src/test/resources/bad-input/}: one folder per mistake an author can
 * make, applied to the small valid site of {@code fixtures/minimal} with the real templates. Each folder holds
 * {@code overlay/} (files written over the site), optionally {@code removed.txt} (files deleted) and
 * {@code edits.txt} ({@code path TAB from TAB to}, with {@code \n} for line ends), and {@code expected.txt}: the
 * problems the build must report, one per line, each the start of a problem's one-line report. The build must
 * report exactly those, write no site and change none of the author's files.
 */
class BadInputCorpusIT {

    private static final Path CORPUS = FixtureProject.PROJECT.resolve("src/test/resources/bad-input");

    @TempDir
    Path temp;

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> cases = Files.list(CORPUS)) {
            List<String> names = cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            assertTrue(names.size() >= 25, "the corpus has at least 25 malformed inputs");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void stopsTheBuildWithOneMessagePerProblemNamingTheFileAndTheFix(String name) throws Exception {
        Path project = siteWith(CORPUS.resolve(name));
        Map<String, String> authored = FixtureProject.snapshot(project, "target");

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> new SiteBuild(project).build(project.resolve("target/site"), null), name + " stops the build");

        List<String> reported = failure.problems().stream().sorted().map(Problem::describe).toList();
        List<String> expected = Files.readAllLines(CORPUS.resolve(name).resolve("expected.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
        assertEquals(expected.size(), reported.size(), name + " reports one message per problem: " + reported);
        for (String line : expected) {
            assertTrue(reported.stream().anyMatch(problem -> problem.startsWith(line)),
                    name + " reports '" + line + "' in " + reported);
        }
        for (String problem : reported) {
            assertTrue(problem.contains(" Fix: "), problem + " says how to fix it");
        }
        assertFalse(Files.exists(project.resolve("target/site")), "no site is written");
        assertEquals(authored, FixtureProject.snapshot(project, "target"), "the author's files are unchanged");
    }

    /** The valid fixture with the real templates and assets, then the case's changes. */
    private Path siteWith(Path theCase) throws IOException {
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        if (Files.isDirectory(theCase.resolve("overlay"))) {
            FixtureProject.copyTree(theCase.resolve("overlay"), project);
        }
        Path removed = theCase.resolve("removed.txt");
        if (Files.exists(removed)) {
            for (String line : Files.readAllLines(removed)) {
                if (!line.isBlank()) {
                    Files.delete(project.resolve(line.strip()));
                }
            }
        }
        Path edits = theCase.resolve("edits.txt");
        if (Files.exists(edits)) {
            for (String line : Files.readAllLines(edits)) {
                String[] parts = line.split("\t", -1);
                Path file = project.resolve(parts[0]);
                String text = Files.readString(file);
                String from = parts[1].replace("\\n", "\n");
                assertTrue(text.contains(from), parts[0] + " contains '" + parts[1] + "'");
                Files.writeString(file, text.replace(from, parts[2].replace("\\n", "\n")));
            }
        }
        return project;
    }



}
