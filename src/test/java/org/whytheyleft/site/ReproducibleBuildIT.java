package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.whytheyleft.SiteBuild;

/** Same input, same bytes: two builds of the project give identical sites, file by file. */
class ReproducibleBuildIT {

    @Test
    void twoBuildsOfTheSameContentAreByteForByteIdentical() throws Exception {
        Path first = BuiltSite.PROJECT.resolve("target/reproducible/first");
        Path second = BuiltSite.PROJECT.resolve("target/reproducible/second");
        SiteBuild build = new SiteBuild(BuiltSite.PROJECT);
        build.build(first, "https://example.org/repo/");
        build.build(second, "https://example.org/repo/");
        List<String> files = files(first);
        assertEquals(files, files(second), "the same files");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " has the same bytes");
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
