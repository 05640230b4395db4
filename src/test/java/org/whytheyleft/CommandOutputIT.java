package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's build command, run by Maven as a team runs it, on a copy of this project whose settings have a
 * mistake: what is on screen is the problem and one line saying what to do, without Maven's report around it.
 */
class CommandOutputIT {

    /** What the copy needs to build: the project's own files, and its compiled classes so that little is redone. */
    private static final List<String> COPIED = List.of("pom.xml", "mvnw", ".mvn", "src", "content", "templates",
            "assets", "target/classes", "target/test-classes");

    @TempDir
    Path temp;

    @Test
    void aFailedBuildEndsWithItsProblemsAndWhatToDoAndNothingOfMaven() throws Exception {
        Path copy = temp.resolve("project");
        for (String part : COPIED) {
            copyTree(RealSite.PROJECT.resolve(part), copy.resolve(part));
        }
        Path settings = copy.resolve("content/site.properties");
        String written = Files.readString(settings, StandardCharsets.UTF_8);
        Files.writeString(settings, written.replaceFirst("(?m)^site\\.url=.*$", "site.url=http://localhost:8820/"),
                StandardCharsets.UTF_8);

        Process maven = new ProcessBuilder("./mvnw", "-q", "-o", "-B", "package", "-DskipTests")
                .directory(copy.toFile()).redirectErrorStream(true).start();
        maven.getOutputStream().close();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(8, TimeUnit.MINUTES), "the build ends");

        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, maven.exitValue(), output);
        assertEquals(3, lines.size(), "the summary, the problem and what to do, nothing else:\n" + output);
        assertEquals("The site was not built: 1 problem to fix.", lines.get(0));
        assertTrue(lines.get(1).startsWith("  content/site.properties:") && lines.get(1).contains(
                "site.url http://localhost:8820/ cannot be printed") && lines.get(1).contains("Fix: set site.url"),
                lines.get(1));
        assertEquals("Fix the problems above and run the same command again.", lines.get(2));
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("[")), "no line of Maven's:\n" + output);
        assertEquals(written.replaceFirst("(?m)^site\\.url=.*$", "site.url=http://localhost:8820/"),
                Files.readString(settings, StandardCharsets.UTF_8), "the author's settings stay as they were");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
