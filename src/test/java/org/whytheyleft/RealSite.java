package org.whytheyleft;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the tests of the engine may know about the real site: only what its settings say. A campaign that forks the
 * project and rewrites the story, adds a language or a chapter keeps these tests green; the tests of the story
 * itself live in {@code org.whytheyleft.narrative}.
 */
public final class RealSite {

    public static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();

    private RealSite() {
    }

    /** The page languages of {@code content/site.properties}, the default first. */
    public static List<String> languages() {
        return Arrays.stream(settings().getProperty("site.languages").split(",")).map(String::strip).toList();
    }

    /** A setting of {@code content/site.properties}, such as {@code figure.count}, if the campaign set it. */
    public static Optional<String> setting(String key) {
        return Optional.ofNullable(settings().getProperty(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Properties settings() {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("content/site.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }
}
