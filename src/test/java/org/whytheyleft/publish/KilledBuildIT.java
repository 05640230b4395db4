package org.whytheyleft.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;

/**
 * The real build of the small fixture, run as the README runs it in a JVM of its own and killed with SIGKILL at a
 * dozen moments spread over a build and at each step of the switch: after every kill {@code target/site} is one
 * complete site, the file for file and byte for byte the same as a whole build of the old or of the new content,
 * and the next build leaves nothing of the killed ones beside it.
 */
class KilledBuildIT {

    private static final int TIMED_KILLS = 12;
    /** Long enough for the test to read the step's line and kill the build before it goes on. */
    private static final long PAUSE_MILLIS = 500;
    private static final String CHANGED_FROM = "Dit is het eerste hoofdstuk.";
    private static final String CHANGED_TO = "Dit is het eerste hoofdstuk, opnieuw gebouwd.";

    @TempDir
    Path temp;

    private Path project;
    private Path site;
    private String written;
    private boolean changed;

    @Test
    void aBuildKilledAtAnyMomentLeavesOneCompleteSiteAndTheNextBuildLeavesNothingOfItBeside() throws Exception {
        project = FixtureProject.copyTo(temp.resolve("project"));
        site = project.resolve("target/site");
        written = Files.readString(page(), StandardCharsets.UTF_8);
        Map<String, String> old = build();
        change();
        long start = System.nanoTime();
        Map<String, String> fresh = build();
        // Timed from the second build, whose cards and editions come from the caches, as they do for every kill.
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertNotEquals(old, fresh, "the two contents make two different sites");
        List<Map<String, String>> complete = List.of(old, fresh);
        List<String> kills = new ArrayList<>();

        for (int i = 0; i < TIMED_KILLS; i++) {
            long delay = millis * (2 * i + 1) / (2 * TIMED_KILLS);
            change();
            Process build = start(null, false);
            Thread.sleep(delay);
            kill(build);
            assertOneCompleteSite(complete, "killed " + delay + " ms after its start");
            kills.add(delay + " ms");
        }
        // Paused, the kill lands at the step itself; unpaused, a moment later, in the rename or deletion after it.
        for (String step : List.of("baked", "linked", "linked", "switched", "switched", "cleaned")) {
            long pause = kills.contains(step + " paused") ? 0 : PAUSE_MILLIS;
            change();
            killAt(step, pause);
            assertOneCompleteSite(complete, "killed at " + step + (pause > 0 ? " while it waits" : " running on"));
            kills.add(step + (pause > 0 ? " paused" : " running on"));
        }
        firstSwitchFromAFolder(complete);
        kills.add("the first switch from a folder");
        assertLeftOnlyItsSite(complete, kills);
        System.out.println("A build of the fixture took " + millis + " ms; killed " + kills);
    }

    /**
     * An output that is still a folder, as builds before links left it, is renamed aside before the link takes its
     * place: killed before that, the folder is there; killed between the two renames, there is no site for that
     * moment, and the next build puts the complete new one in place before it does anything else.
     */
    private void firstSwitchFromAFolder(List<Map<String, String>> complete) throws Exception {
        for (String step : List.of("linked", "set aside")) {
            if (Files.isSymbolicLink(site)) {
                Path real = site.toRealPath();
                Files.delete(site);
                Files.move(real, site);
            }
            change();
            killAt(step, PAUSE_MILLIS);
            if (step.equals("linked")) {
                assertFalse(Files.isSymbolicLink(site), "the folder is still there before it is set aside");
                assertOneCompleteSite(complete, "killed before the folder is set aside");
            } else {
                assertFalse(Files.exists(site), "between the two renames there is no site, never half of one");
                change();
                killAt("baked", PAUSE_MILLIS);
                assertOneCompleteSite(complete, "the next build puts the complete new site in place first");
            }
        }
    }

    private void assertOneCompleteSite(List<Map<String, String>> complete, String when) throws IOException {
        Map<String, String> found = files(site);
        assertTrue(complete.contains(found), when + ": target/site is one complete site, not " + found.size()
                + " files of " + complete.get(0).size() + " " + found.keySet());
    }

    /** A whole build leaves its site, its version folder and its lock beside it, and nothing else of ours. */
    private void assertLeftOnlyItsSite(List<Map<String, String>> complete, List<String> kills) throws Exception {
        Map<String, String> last = build();
        assertTrue(complete.contains(last), "a whole build after the kills makes a whole site");
        try (Stream<Path> entries = Files.list(site.getParent())) {
            List<String> ours = entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> name.startsWith(".site") || name.equals("site")).sorted().toList();
            assertEquals(Stream.of(".site.lock", site.toRealPath().getFileName().toString(), "site").sorted()
                    .toList(), ours, "after the kills " + kills);
        }
    }

    /** Switches the content between the old and the new text, so that each build replaces the other's site. */
    private void change() throws IOException {
        changed = !changed;
        Files.writeString(page(), changed ? written.replace(CHANGED_FROM, CHANGED_TO) : written,
                StandardCharsets.UTF_8);
    }

    private Path page() {
        return project.resolve("content/nl/eerste.md");
    }

    private Map<String, String> build() throws Exception {
        Process build = start(null, true);
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(2, TimeUnit.MINUTES), "the build ends");
        assertEquals(0, build.exitValue(), output);
        return files(site);
    }

    /** Starts a build that pauses at each step of its switch for {@code pause} ms, and kills it at {@code step}. */
    private void killAt(String step, long pause) throws Exception {
        Process build = start(pause, true);
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(build.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.add(line);
                if (line.equals("publish: " + step)) {
                    kill(build);
                    return;
                }
            }
        }
        throw new AssertionError("the build never reached " + step + ": " + String.join("\n", seen));
    }

    /** @param pause null for a build that runs straight through */
    private Process start(Long pause, boolean read) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        if (pause != null) {
            command.add("-D" + VersionedOutput.PAUSE + "=" + pause);
        }
        command.addAll(List.of(SiteBuild.class.getName(), project.toString(), site.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!read) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** SIGKILL on Linux: nothing of the build runs after it, no finally and no shutdown hook. */
    private static void kill(Process build) throws InterruptedException {
        build.destroyForcibly();
        assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed build ends");
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(site)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(site, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
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
