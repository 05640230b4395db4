package org.whytheyleft.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output is the old complete site or the new complete one at every instant, whatever a build does and wherever
 * it stops, and the next build clears what a killed one left, only its own names and only inside {@code target/}.
 */
class SiteOutputTest {

    private static final Map<String, String> OLD = Map.of("index.html", "oud", "nl/index.html", "oud nl",
            "nl/weg/index.html", "alleen oud");
    private static final Map<String, String> NEW = Map.of("index.html", "nieuw", "nl/index.html", "nieuw nl",
            "en/index.html", "alleen nieuw");

    @TempDir
    Path project;

    private Path target() {
        return project.resolve("target");
    }

    private Path site() {
        return target().resolve("site");
    }

    private SiteOutput output() {
        return new SiteOutput(target());
    }

    @Test
    void theOutputLinksToOneCompleteVersionAndEachBuildReplacesItWhole() throws Exception {
        output().replace(site(), folder -> write(folder, OLD));
        assertTrue(Files.isSymbolicLink(site()), "target/site is a link");
        assertEquals(OLD, files(site()));

        output().replace(site(), folder -> write(folder, NEW));

        assertEquals(NEW, files(site()), "nothing of the old site is left in it");
        assertEquals(sorted(".site.lock", site().toRealPath().getFileName().toString(), "site"), names(target()),
                "beside it only its version folder and its lock");
    }

    @Test
    void aFailedBakeLeavesTheOldSiteAsItWasAndNothingBeside() throws Exception {
        output().replace(site(), folder -> write(folder, OLD));
        List<String> before = names(target());

        assertThrows(IOException.class, () -> output().replace(site(), folder -> {
            write(folder, NEW);
            throw new IOException("the bake stops");
        }));

        assertEquals(OLD, files(site()));
        assertEquals(before, names(target()));
    }

    @Test
    void aReaderDuringTheSwitchesReadsEveryFileWholeFromTheOldOrTheNewSite() throws Exception {
        output().replace(site(), folder -> write(folder, OLD));
        AtomicBoolean building = new AtomicBoolean(true);
        List<String> wrong = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (building.get()) {
                for (String file : List.of("index.html", "nl/index.html")) {
                    try {
                        String text = Files.readString(site().resolve(file), StandardCharsets.UTF_8);
                        if (!text.equals(OLD.get(file)) && !text.equals(NEW.get(file))) {
                            wrong.add(file + ": " + text);
                        }
                    } catch (IOException e) {
                        wrong.add(file + ": " + e);
                    }
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 40; i++) {
                Map<String, String> next = i % 2 == 0 ? NEW : OLD;
                output().replace(site(), folder -> write(folder, next));
            }
        } finally {
            building.set(false);
            reader.join();
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theFirstBuildAfterAnOutputThatIsAFolderPutsALinkInItsPlace() throws Exception {
        write(site(), OLD);

        output().replace(site(), folder -> write(folder, NEW));

        assertTrue(Files.isSymbolicLink(site()));
        assertEquals(NEW, files(site()));
        assertEquals(3, names(target()).size(), "the old folder is gone: " + names(target()));
    }

    @Test
    void aFirstSwitchKilledBetweenItsTwoRenamesIsFinishedBeforeTheNextBuildChecksAnything() throws Exception {
        Path complete = write(target().resolve(".site-v-mf3k2a1"), NEW);
        Files.createSymbolicLink(target().resolve(".site-link-mf3k2a2"), complete.getFileName());
        write(target().resolve(".site-v-mf3k2a0"), OLD);

        output().tidy(site());

        assertEquals(NEW, files(site()), "the temporary link, made only once its site was complete, is put in place");
        assertEquals(sorted(".site-v-mf3k2a1", ".site.lock", "site"), names(target()));
    }

    @Test
    void whatKilledBuildsLeftIsDeletedOnlyItsOwnNamesAndOnlyInsideTarget() throws Exception {
        output().replace(site(), folder -> write(folder, OLD));
        Path current = site().toRealPath();
        write(target().resolve(".site-v-mf3k2b0/nl"), Map.of("half.html", "half"));
        write(target().resolve(".site-baking-8230452"), Map.of("index.html", "older build's staging"));
        Files.createSymbolicLink(target().resolve(".site-link-mf3k2b1"), Path.of(".site-v-mf3k2b0"));
        Files.createSymbolicLink(target().resolve(".site-link-mf3k2b2"), Path.of(".site-v-gone"));
        Set<String> others = Set.of(".site-v-not-ours", ".sitemap-v-1", ".preview-v-1", "site-v-1", "notes.txt");
        for (String other : others) {
            Files.writeString(target().resolve(other), "kept");
        }
        Path outside = project.resolve("elsewhere");
        write(outside.resolve(".site-v-mf3k2b3"), Map.of("index.html", "not under target/"));

        output().replace(site(), folder -> write(folder, NEW));

        List<String> expected = new ArrayList<>(others);
        expected.addAll(List.of(".site.lock", site().toRealPath().getFileName().toString(), "site"));
        assertEquals(expected.stream().sorted().toList(), names(target()));
        assertFalse(Files.exists(current), "the previous version is deleted once the link has left it");
        output().tidy(outside.resolve("site"));
        assertTrue(Files.exists(outside.resolve(".site-v-mf3k2b3/index.html")), "nothing outside target/ is touched");
    }

    @Test
    void refusesToReplaceAnythingOutsideTargetButAnEmptyFolderWhichBecomesAPlainFolder() throws Exception {
        Path authored = write(project.resolve("content"), Map.of("index.md", "tekst"));
        IOException refused = assertThrows(IOException.class,
                () -> output().replace(authored, folder -> write(folder, NEW)));
        assertTrue(refused.getMessage().contains("Choose an output folder inside target/"), refused.getMessage());
        assertEquals(Map.of("index.md", "tekst"), files(authored), "the author's files are untouched");
        write(target(), Map.of("build-stamp.txt", "stamp"));
        assertThrows(IOException.class, () -> output().replace(target(), folder -> write(folder, NEW)),
                "target/ itself is not an output");
        assertThrows(IOException.class, () -> output().delete(authored));

        Path empty = Files.createDirectories(project.resolve("empty"));
        output().replace(empty, folder -> write(folder, NEW));

        assertFalse(Files.isSymbolicLink(empty), "outside target/ the output is a folder of its own");
        assertEquals(NEW, files(empty));
        assertEquals(List.of("content", "empty", "target"), names(project), "and nothing is left beside it");
    }

    @Test
    void deletingAnOutputDeletesItsVersionAndLeftoversToo() throws Exception {
        output().replace(site(), folder -> write(folder, OLD));
        write(target().resolve(".site-v-mf3k2c0"), Map.of("half.html", "half"));

        output().delete(site());

        assertEquals(List.of(".site.lock"), names(target()));
    }

    private static Path write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return Files.createDirectories(folder);
    }

    /** The files under a site, through the link at its start, with their text. */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted().toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }
}
