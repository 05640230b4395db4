package org.whytheyleft.messages;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.SettingsText;

/**
 * The user-visible strings of the templates, one bundle per language in {@code templates/messages/}
 * ({@code messages_nl.properties}, ...), read as UTF-8. Every language must have every key.
 */
public final class Messages {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Map<String, Map<String, String>> byLanguage;

    private Messages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The bundles, or the problems that keep them from being used. */
    public record Result(Messages messages, List<Problem> problems) {
    }

    public static Path bundle(Path templatesDir, String lang) {
        return templatesDir.resolve("messages").resolve("messages_" + lang + ".properties");
    }

    public static Result read(Path projectDir, Path templatesDir, List<String> languages) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String lang : languages) {
            Path file = bundle(templatesDir, lang);
            Properties properties = new Properties();
            try {
                SettingsText.Result text = SettingsText.read(file, projectDir.relativize(file));
                if (text.problem().isPresent()) {
                    problems.add(text.problem().get());
                    continue;
                }
                properties.load(new StringReader(text.text().get()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Problem.ofFile(projectDir.relativize(file), "cannot be read ("
                        + e.getClass().getSimpleName() + ").", "write the message bundle for '" + lang
                        + "' as UTF-8 key=value lines."));
                continue;
            }
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            byLanguage.put(lang, texts);
        }
        Set<String> allKeys = new TreeSet<>();
        byLanguage.values().forEach(texts -> allKeys.addAll(texts.keySet()));
        for (Map.Entry<String, Map<String, String>> entry : byLanguage.entrySet()) {
            for (String key : allKeys) {
                if (!entry.getValue().containsKey(key)) {
                    problems.add(Problem.ofFile(projectDir.relativize(bundle(templatesDir, entry.getKey())),
                            "has no message '" + key + "', which another language has.",
                            "add " + key + "=... in this language."));
                }
            }
        }
        return new Result(problems.isEmpty() ? new Messages(byLanguage) : null, problems);
    }

    public boolean has(String lang, String key) {
        return byLanguage.getOrDefault(lang, Map.of()).containsKey(key);
    }

    /** The text of a key in a language, with {@code {0}}-style arguments filled in. */
    public String get(String lang, String key, Object... arguments) {
        String pattern = byLanguage.getOrDefault(lang, Map.of()).get(key);
        if (pattern == null) {
            throw new MissingMessageException(lang, key);
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(literalApostrophes(pattern), numbersOf(lang)).format(arguments);
    }

    /**
     * An apostrophe in a bundle is an apostrophe: MessageFormat would read a single one as the start of quoted
     * text and drop every {@code {0}} after it, and Turkish puts one after every name it inflects ("IŞİD'den
     * {0} kişi"). A doubled one, as MessageFormat wants it, still prints as one.
     */
    static String literalApostrophes(String pattern) {
        return LONE_APOSTROPHE.matcher(pattern).replaceAll("''");
    }

    /**
     * The language's number format with Western digits: Java would write Arabic-Indic digits (٢ من ٤) in Arabic,
     * while the pages, the figure of 58 and every address use 0-9; one kind of digit per page reads better.
     * Separators stay the language's own (Turkish 1.234).
     */
    static Locale numbersOf(String lang) {
        return new Locale.Builder().setLanguageTag(lang).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** A template asked for a key that the bundle of its language lacks. */
    public static final class MissingMessageException extends RuntimeException {
        public MissingMessageException(String lang, String key) {
            super("templates/messages/messages_" + lang + ".properties has no message '" + key
                    + "'. Fix: add " + key + "=... to it.");
        }
    }
}
