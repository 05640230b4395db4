package org.whytheyleft.story;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * A file of the story's checks under {@code content/checks/}, read as Java properties, with the line of each key for
 * messages. A story that has no such file is not checked by the tests that need it: they are skipped, saying which
 * file to write; a key they need and do not find skips that check the same way.
 */
final class StoryFile {

    static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    static final Path CHECKS = PROJECT.resolve("content/checks");
    private static final Pattern KEY = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    /** The file as messages name it. */
    private final Path file;
    private final Properties values;
    private final Map<String, Integer> lines;

    private StoryFile(Path file, Properties values, Map<String, Integer> lines) {
        this.file = file;
        this.values = values;
        this.lines = lines;
    }

    /** The file {@code content/checks/<name>} of the story, or a skipped test when the story has none. */
    static StoryFile of(String name) throws IOException {
        Path file = CHECKS.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "this story has no content/checks/" + name
                + ": write it to have the story checked (docs/story-checks.md)");
        return read(file, file);
    }

    /** The file at {@code file}, which must exist, named in messages as {@code shownAs}. */
    static StoryFile read(Path file, Path shownAs) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Properties values = new Properties();
        try (Reader reader = new StringReader(text)) {
            values.load(reader);
        }
        Map<String, Integer> lines = new HashMap<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            Matcher key = KEY.matcher(all.get(i));
            if (key.find()) {
                lines.putIfAbsent(key.group(1), i + 1);
            }
        }
        return new StoryFile(shownAs, values, lines);
    }

    /** Where a key is, as {@code content/checks/claims.properties:12}, for messages. */
    String where(String key) {
        return PROJECT.relativize(file).toString().replace('\\', '/') + ":" + lines.getOrDefault(key, 0);
    }

    Properties values() {
        return values;
    }

    /** The value of {@code key}, or a skipped check that names the key to write. */
    String needed(String key) {
        String value = values.getProperty(key, "").strip();
        Assumptions.assumeFalse(value.isEmpty(), PROJECT.relativize(file) + " has no " + key
                + ": this check does not apply until it is written (docs/story-checks.md)");
        return value;
    }

    /** A value of the form {@code 12-16} or {@code 12}, as its lower and upper bound. */
    double[] range(String key) {
        String[] bounds = needed(key).split("-", 2);
        double low = Double.parseDouble(bounds[0].strip());
        return new double[] {low, bounds.length > 1 ? Double.parseDouble(bounds[1].strip()) : low};
    }

    /** A comma-separated value as its items. */
    List<String> list(String key) {
        return List.of(needed(key).split("\\s*,\\s*"));
    }
}
