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

    /**
     * The address {@code target/site} was built for, ending in {@code /}: the {@code -Dsite.url} given to Maven (the
     * Pages workflow gives one; failsafe passes it on as {@code built.site.url}), else {@code site.url} of the
     * settings, the address the README tells a campaign to set.
     */
    public static String address() {
        String given = System.getProperty("built.site.url", "").strip();
        String address = given.isEmpty() || given.startsWith("${") ? setting("site.url").orElseThrow() : given;
        return address.endsWith("/") ? address : address + "/";
    }

    /** The engine's message bundle of a language, {@code templates/messages/messages_<lang>.properties}. */
    public static Properties bundle(String lang) {
        return load(PROJECT.resolve("templates/messages/messages_" + lang + ".properties"));
    }

    private static Properties settings() {
        return load(PROJECT.resolve("content/site.properties"));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
