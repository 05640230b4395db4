package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.whytheyleft.content.Problem;

/**
 * The corpus of malformed inputs in {@code src/test/resources/bad-input/}: one folder per mistake an author can
 * make, applied to the small valid site of {@code fixtures/minimal} with the real templates. Each folder holds
 * {@code overlay/} (files written over the site), optionally {@code removed.txt} (files deleted) and
 * {@code edits.txt} ({@code path TAB from TAB to}, with {@code \n} for line ends), and {@code expected.txt}: the
 * problems the build must report, one per line, each the start of a problem's one-line report. The build must
 * report exactly those, write no site and change none of the author's files.
 */
class BadInputCorpusIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    private static final Path CORPUS = PROJECT.resolve("src/test/resources/bad-input");

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
        Map<String, String> authored = snapshot(project);

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
        assertEquals(authored, snapshot(project), "the author's files are unchanged");
    }

    /** The valid fixture with the real templates and assets, then the case's changes. */
    private Path siteWith(Path theCase) throws IOException, URISyntaxException {
        Path project = temp.resolve("project");
        copyTree(Path.of(BadInputCorpusIT.class.getResource("/fixtures/minimal").toURI()), project);
        copyTree(PROJECT.resolve("templates"), project.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), project.resolve("assets"));
        if (Files.isDirectory(theCase.resolve("overlay"))) {
            copyTree(theCase.resolve("overlay"), project);
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

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every file outside target/ with the SHA-256 of its bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString();
                if (!relative.startsWith("target")) {
                    files.put(relative, sha256(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
