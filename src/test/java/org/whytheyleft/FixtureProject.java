package org.whytheyleft;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    /**
     * A fresh copy of the four-language site of {@code src/test/resources/fixtures/four-languages} at
     * {@code folder}: Dutch, English, Arabic (right to left) and Turkish, a home page and a chapter each, with the
     * project's templates and assets and the fixture's own Arabic and Turkish message bundles. A key the project's
     * bundles gained after the fixture's were written is filled in from English, so that a new message breaks no
     * test of directions and languages.
     */
    public static Path copyFourLanguagesTo(Path folder) throws IOException {
        try {
            copyTree(Path.of(FixtureProject.class.getResource("/fixtures/four-languages").toURI()), folder);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        copyMissing(PROJECT.resolve("templates"), folder.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), folder.resolve("assets"));
        Path messages = folder.resolve("templates/messages");
        for (String lang : List.of("nl", "en")) {
            Files.copy(PROJECT.resolve("templates/messages/messages_" + lang + ".properties"),
                    messages.resolve("messages_" + lang + ".properties"), StandardCopyOption.REPLACE_EXISTING);
        }
        Properties english = properties(messages.resolve("messages_en.properties"));
        for (String lang : List.of("ar", "tr")) {
            Path bundle = messages.resolve("messages_" + lang + ".properties");
            Properties own = properties(bundle);
            StringBuilder missing = new StringBuilder();
            english.stringPropertyNames().stream().filter(key -> !own.containsKey(key)).sorted()
                    .forEach(key -> missing.append('\n').append(key).append('=')
                            .append(english.getProperty(key).replace("\n", "\\n")));
            Files.writeString(bundle, missing, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return folder;
    }

    /**
     * A fresh copy of the campaign of {@code src/test/resources/fixtures/other-story} at {@code folder}: another
     * story in English, Spanish and Persian (right to left), with the project's templates, bundles and assets as
     * they are, so that it proves a campaign needs nothing of its own outside {@code content/}.
     */
    public static Path copyOtherStoryTo(Path folder) throws IOException {
        try {
            copyTree(Path.of(FixtureProject.class.getResource("/fixtures/other-story").toURI()), folder);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        copyTree(PROJECT.resolve("templates"), folder.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), folder.resolve("assets"));
        return folder;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Copies the files of a tree that are not at the target yet: the fixture's own files win. */
    private static void copyMissing(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
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
