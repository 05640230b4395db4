package org.whytheyleft.translation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code content/site.properties} as the author wrote it, changed the way an author would: the language is added
 * at the end of the {@code site.languages} line, and the new language's settings are appended below a comment.
 * Every other line stays byte for byte as it was, comments, order and blank lines included. Each line is read
 * by {@link Properties} itself, so a key is found exactly where loading the file finds it.
 */
final class SettingsFile {

    private static final String LANGUAGES = "site.languages";

    private final String text;
    private final Properties all = new Properties();
    /** Each key set on a line of its own, by that line's number from 0, in file order. */
    private final Map<Integer, String> keyLines = new TreeMap<>();
    private final List<String> lines;

    SettingsFile(byte[] bytes) throws IOException {
        this.text = new String(bytes, StandardCharsets.UTF_8);
        all.load(new StringReader(text));
        this.lines = List.of(text.split("(?<=\n)", -1));
        boolean continued = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("[\r\n]+$", "");
            if (!continued) {
                Properties one = new Properties();
                one.load(new StringReader(line));
                int index = i;
                one.stringPropertyNames().forEach(key -> keyLines.put(index, key));
            }
            continued = !line.stripLeading().startsWith("#") && !line.stripLeading().startsWith("!")
                    && trailingBackslashes(line) % 2 == 1;
        }
    }

    /** Whether {@code site.languages} is set on one line of its own, which {@link #adding} can extend. */
    boolean hasOneLanguagesLine() {
        int line = lineOf(LANGUAGES);
        return line >= 0 && trailingBackslashes(lines.get(line).replaceAll("[\r\n]+$", "")) % 2 == 0;
    }

    /** Every key that ends in {@code .<lang>}, such as {@code site.name.en}, in the order of the file. */
    private List<String> keysOf(String lang) {
        return keyLines.values().stream().filter(key -> key.endsWith("." + lang) && all.containsKey(key))
                .distinct().toList();
    }

    /**
     * The file with {@code lang} added to {@code site.languages} and, appended under {@code comment}, a copy of
     * each per-language key of {@code from} for {@code lang}, with the same value.
     */
    byte[] adding(String lang, String from, String comment) throws IOException {
        int languagesLine = lineOf(LANGUAGES);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == languagesLine) {
                String end = line.substring(line.replaceAll("[\r\n]+$", "").length());
                line = line.substring(0, line.length() - end.length()).stripTrailing() + "," + lang + end;
            }
            out.append(line);
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        if (!text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
            out.append(newline);
        }
        out.append(newline).append("# ").append(comment).append(newline);
        for (String key : keysOf(from)) {
            String copied = key.substring(0, key.length() - from.length()) + lang;
            out.append(copiedLine(key, copied)).append(newline);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The line that sets {@code key}, written for {@code copied}: as the author wrote it but for the key, or, for a
     * value continued over several lines, as {@link Properties} writes it.
     */
    private String copiedLine(String key, String copied) throws IOException {
        String line = lines.get(lineOf(key)).replaceAll("[\r\n]+$", "");
        String lead = line.stripLeading();
        if (trailingBackslashes(line) % 2 == 0 && lead.startsWith(key) && lead.length() > key.length()
                && "=: \t\f".indexOf(lead.charAt(key.length())) >= 0) {
            return copied + lead.substring(key.length());
        }
        return line(copied, all.getProperty(key));
    }

    /** One {@code key=value} line as {@link Properties} writes it, without the date it writes first. */
    private static String line(String key, String value) throws IOException {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter written = new StringWriter();
        one.store(written, null);
        return written.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
    }

    private int lineOf(String key) {
        int found = -1;
        for (Map.Entry<Integer, String> entry : keyLines.entrySet()) {
            if (entry.getValue().equals(key)) {
                found = entry.getKey(); // the last, as Properties keeps the last
            }
        }
        return found;
    }

    private static int trailingBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count;
    }
}
