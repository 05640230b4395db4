package org.whytheyleft;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The small valid site of {@code src/test/resources/fixtures/minimal} with the project's real templates and
 * assets, copied into a folder of a test's own, and the means to prove a build left the author's files alone.
 */
public final class FixtureProject {

    public static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();

    private FixtureProject() {
    }

    /** A fresh copy of the fixture site at {@code folder}. */
    public static Path copyTo(Path folder) throws IOException {
        try {
            copyTree(Path.of(FixtureProject.class.getResource("/fixtures/minimal").toURI()), folder);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        copyTree(PROJECT.resolve("templates"), folder.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), folder.resolve("assets"));
        return folder;
    }

    /** Copies a tree, replacing files that are there already. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Every file, folder and link under a root with the SHA-256 of its bytes (a link by its target, so that a
     * dangling one can be recorded too), skipping the named top-level folders.
     */
    public static Map<String, String> snapshot(Path root, String... skipped) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        List<String> skip = List.of(skipped);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || skip.contains(relative.split("/")[0])) {
                    continue;
                }
                hashes.put(relative, Files.isSymbolicLink(path) ? "link to " + Files.readSymbolicLink(path)
                        : Files.isDirectory(path) ? "folder" : sha256(Files.readAllBytes(path)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
