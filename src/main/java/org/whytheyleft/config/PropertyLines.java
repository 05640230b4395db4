package org.whytheyleft.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The line each key of a properties file is set on, so that a problem can name it. Each line is read by
 * {@link Properties} itself, so comments, blank lines and separators count exactly as when the file is loaded; a
 * value continued over several lines is found at its first line.
 */
public final class PropertyLines {

    private final Map<String, Integer> lines = new HashMap<>();

    /** @param fileLines the file's lines, as read (a byte order mark already dropped) */
    public PropertyLines(List<String> fileLines) {
        for (int i = 0; i < fileLines.size(); i++) {
            Properties one = new Properties();
            try {
                one.load(new StringReader(fileLines.get(i)));
            } catch (IOException | IllegalArgumentException e) {
                continue; // the whole file was loaded already; a line that is only part of a value has no key
            }
            for (String key : one.stringPropertyNames()) {
                lines.put(key, i + 1);
            }
        }
    }

    /** The line that sets {@code key} (the last, as in {@link Properties}), or 0 when no line does. */
    public int of(String key) {
        return lines.getOrDefault(key, 0);
    }
}
