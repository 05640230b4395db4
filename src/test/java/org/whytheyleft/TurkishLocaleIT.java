package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.whytheyleft.core.FileNames;

/**
 * The machine's locale changes nothing: a site built in a JVM whose default locale is Turkish, where "TITLE"
 * lower-cases to "tıtle" and "id" upper-cases to "İD", has the same bytes as one built here. Each build runs on its
 * own copy of the project, so that neither takes cards from the other's cache.
 */
class TurkishLocaleIT {

    private static final Path ROOT = FixtureProject.PROJECT.resolve("target/turkish-locale");

    @Test
    void theRealSiteBuiltInATurkishJvmHasTheSameBytes() throws Exception {
        assertSameBytes("real", copy -> {
            for (String folder : List.of("content", "templates", "assets")) {
                FixtureProject.copyTree(FixtureProject.PROJECT.resolve(folder), copy.resolve(folder));
            }
        });
    }

    @Test
    void theFourLanguageSiteBuiltInATurkishJvmHasTheSameBytes() throws Exception {
        assertSameBytes("four-languages", FixtureProject::copyFourLanguagesTo);
    }

    private interface Copy {
        void into(Path folder) throws IOException;
    }

    private static void assertSameBytes(String name, Copy copy) throws Exception {
        assertTrue(!Locale.getDefault().getLanguage().equals("tr"), "this JVM is the one that is not Turkish");
        Path here = ROOT.resolve(name + "/here");
        Path turkish = ROOT.resolve(name + "/turkish");
        FileNames.deleteTree(ROOT.resolve(name));
        copy.into(here);
        copy.into(turkish);
        new SiteBuild(here).build(here.resolve("site"), "https://example.org/repo/");
        buildInATurkishJvm(turkish, turkish.resolve("site"));
        List<String> files = files(here.resolve("site"));
        assertEquals(files, files(turkish.resolve("site")), "the same files");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(here.resolve("site").resolve(file)),
                    Files.readAllBytes(turkish.resolve("site").resolve(file)), file + " has the same bytes");
        }
    }

    private static void buildInATurkishJvm(Path project, Path output) throws Exception {
        Path log = project.resolve("build.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Djava.awt.headless=true",
                "-Dsite.url=https://example.org/repo/", "-cp", System.getProperty("java.class.path"),
                SiteBuild.class.getName(), project.toString(), output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the Turkish build ends");
        assertEquals(0, process.exitValue(), () -> "the Turkish build: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
