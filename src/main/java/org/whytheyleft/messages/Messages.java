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

import org.whytheyleft.config.CampaignTexts;
import org.whytheyleft.config.PropertyLines;
import org.whytheyleft.core.FormatCharacters;
import org.whytheyleft.core.Problem;
import org.whytheyleft.core.SettingsText;

/**
 * The user-visible strings of the templates, one bundle per language in {@code templates/messages/}
 * ({@code messages_nl.properties}, ...), read as UTF-8, with the campaign's own story texts
 * ({@link CampaignTexts}) over them: a campaign text replaces the bundle's text of the same key in its language,
 * and is formatted the same way. Every language's bundle must have every key. Immutable and thread-safe.
 */
public final class Messages {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Map<String, Map<String, String>> byLanguage;
    private final CampaignTexts campaign;

    private Messages(Map<String, Map<String, String>> byLanguage, CampaignTexts campaign) {
        this.byLanguage = byLanguage;
        this.campaign = campaign;
    }

    /** The bundles, or the problems that keep them from being used. */
    public record Result(Messages messages, List<Problem> problems) {
    }

    public static Path bundle(Path templatesDir, String lang) {
        return templatesDir.resolve("messages").resolve("messages_" + lang + ".properties");
    }

    /** The bundles alone, for a site without story texts. */
    public static Result read(Path projectDir, Path templatesDir, List<String> languages) {
        return read(projectDir, templatesDir, languages, CampaignTexts.NONE);
    }

    /**
     * The bundles of {@code languages} with the campaign's texts over them, or the problems (a bundle that cannot
     * be read, a key one language lacks) that keep them from being used.
     */
    public static Result read(Path projectDir, Path templatesDir, List<String> languages, CampaignTexts campaign) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String lang : languages) {
            Path file = bundle(templatesDir, lang);
            Properties properties = new Properties();
            String source;
            try {
                SettingsText.Result text = SettingsText.read(file, projectDir.relativize(file));
                if (text.problem().isPresent()) {
                    problems.add(text.problem().get());
                    continue;
                }
                source = text.text().get();
                properties.load(new StringReader(source));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Problem.ofFile(projectDir.relativize(file), "cannot be read ("
                        + e.getClass().getSimpleName() + ").", "write the message bundle for '" + lang
                        + "' as UTF-8 key=value lines."));
                continue;
            }
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            problems.addAll(unseenCharacters(projectDir.relativize(file), source, texts));
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
        return new Result(problems.isEmpty() ? new Messages(byLanguage, campaign) : null, problems);
    }

    /**
     * Bundle texts are prose on every page: the invisible characters refused in a page are refused here, and an
     * isolate must be closed within its text.
     */
    private static List<Problem> unseenCharacters(Path shown, String text, Map<String, String> texts) {
        PropertyLines lines = new PropertyLines(text.lines().toList());
        List<Problem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(texts.keySet())) {
            FormatCharacters.inProse(texts.get(key)).ifPresent(found -> problems.add(new Problem(shown,
                    lines.of(key), key + " has " + found.describeIn("value"), found.fix())));
        }
        return problems;
    }

    /** Whether the campaign or the bundle has a text for the key in the language. */
    public boolean has(String lang, String key) {
        return pattern(lang, key) != null;
    }

    /**
     * The text of a key in a language (the campaign's if it gave one, else the bundle's), with {@code {0}}-style
     * arguments filled in.
     *
     * @throws MissingMessageException when neither has the key
     */
    public String get(String lang, String key, Object... arguments) {
        String pattern = pattern(lang, key);
        if (pattern == null) {
            throw new MissingMessageException(lang, key);
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(literalApostrophes(pattern), numbersOf(lang)).format(arguments);
    }

    private String pattern(String lang, String key) {
        return campaign.text(lang, key).orElseGet(() -> byLanguage.getOrDefault(lang, Map.of()).get(key));
    }

    /**
     * An apostrophe in a bundle is an apostrophe: MessageFormat would read a single one as the start of quoted
     * text and drop every {@code {0}} after it, and Turkish puts one after every name it inflects ("Ankara'dan
     * {0} kişi"). A doubled one, as MessageFormat wants it, still prints as one.
     */
    static String literalApostrophes(String pattern) {
        return LONE_APOSTROPHE.matcher(pattern).replaceAll("''");
    }

    /**
     * The language's number format with Western digits: Java would write Arabic-Indic digits (٢ من ٤) in Arabic,
     * while the pages, the figure's count and every address use 0-9; one kind of digit per page reads better.
     * Separators stay the language's own (Turkish 1.234).
     */
    static Locale numbersOf(String lang) {
        return new Locale.Builder().setLanguageTag(lang).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** A template asked for a key that the bundle of its language lacks. */
    public static final class MissingMessageException extends RuntimeException {
        public MissingMessageException(String lang, String key) {
            super(CampaignTexts.isCampaignOnly(key)
                    ? "content/site.properties has no text " + key + "." + lang + ". Fix: add " + key + "." + lang
                            + "=... to it."
                    : "templates/messages/messages_" + lang + ".properties has no message '" + key
                            + "'. Fix: add " + key + "=... to it.");
        }
    }
}
