package org.whytheyleft.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.config.CampaignTexts;

/**
 * The bundles and the campaign's texts over them: how texts are formatted, which one wins, and that the engine's
 * own bundles are complete and name no story.
 */
class MessagesTest {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
    private static final Path TEMPLATES = PROJECT.resolve("templates");

    @TempDir
    Path project;

    private Messages bundles(String turkish, String arabic) throws IOException {
        Path messages = Files.createDirectories(project.resolve("templates/messages"));
        Files.writeString(messages.resolve("messages_tr.properties"), "figure=" + turkish + "\n");
        Files.writeString(messages.resolve("messages_ar.properties"), "figure=" + arabic + "\n");
        Messages.Result result = Messages.read(project, project.resolve("templates"), List.of("tr", "ar"));
        assertEquals(List.of(), result.problems());
        return result.messages();
    }

    @Test
    void aTurkishApostropheBeforeAnArgumentKeepsTheArgument() throws IOException {
        Messages messages = bundles("Ankara'dan gelen {0} kişi, TÜİK''in raporu", "{0}");

        assertEquals("Ankara'dan gelen 12 kişi, TÜİK'in raporu", messages.get("tr", "figure", 12));
    }

    @Test
    void numbersInArabicTextsAreWrittenInTheDigitsOfThePages() throws IOException {
        Messages messages = bundles("{0}", "السبب {0} من {1}");

        assertEquals("السبب 2 من 4", messages.get("ar", "figure", 2, 4));
        assertEquals("1.234", messages.get("tr", "figure", 1234), "Turkish groups thousands with a dot");
    }

    @Test
    void aCampaignTextReplacesTheBundlesWordingInItsLanguageOnly() throws IOException {
        Path messages = Files.createDirectories(project.resolve("templates/messages"));
        Files.writeString(messages.resolve("messages_en.properties"), "chapter.position=Chapter {0} of {1}\n");
        Files.writeString(messages.resolve("messages_fa.properties"), "chapter.position=فصل {0} از {1}\n");
        CampaignTexts texts = new CampaignTexts(OptionalInt.empty(), Map.of("en",
                Map.of("chapter.position", "Step {0} of {1}", "entry.intro", "Who we are.")));

        Messages read = Messages.read(project, project.resolve("templates"), List.of("en", "fa"), texts).messages();

        assertEquals("Step 2 of 4", read.get("en", "chapter.position", 2, 4));
        assertEquals("فصل 2 از 4", read.get("fa", "chapter.position", 2, 4), "the bundle's, in 0-9");
        assertEquals("Who we are.", read.get("en", "entry.intro"));
        assertFalse(read.has("fa", "entry.intro"), "a campaign text of one language is not another's");
    }

    @Test
    void aMissingCampaignTextIsBlamedOnTheSettingsWithTheLineToAdd() throws IOException {
        Messages messages = bundles("{0}", "{0}");

        Messages.MissingMessageException missing = assertThrows(Messages.MissingMessageException.class,
                () -> messages.get("tr", "chapters.lead"));
        assertEquals("content/site.properties has no text chapters.lead.tr. Fix: add chapters.lead.tr=... to it.",
                missing.getMessage());
    }

    /** A campaign that writes in another language copies the English bundle; each must have all of its keys. */
    @Test
    void everyEngineBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        List<String> languages = engineLanguages();
        assertTrue(languages.containsAll(List.of("nl", "en", "ar", "tr", "es", "fa")), "the bundles: " + languages);

        Messages.Result result = Messages.read(PROJECT, TEMPLATES, languages);

        assertEquals(List.of(), result.problems());
        Set<String> english = keys("en");
        for (String lang : languages) {
            assertEquals(english, keys(lang), "the keys of messages_" + lang + ".properties");
        }
    }

    @Test
    void aStoryWordIsFoundWholeAndWithItsCapitals() {
        StoryWords words = new StoryWords(List.of("IS", "58", "سبب", "Islamic State"));

        assertEquals(List.of("IS", "58"), words.foundIn("Why 58 people left IS."));
        assertEquals(List.of("Islamic State"), words.foundIn("the Islamic State group"));
        assertEquals(List.of(), words.foundIn("This is ISO 580: السبب"),
                "not inside another word, nor in lower case");
        assertEquals(List.of("سبب"), words.foundIn("لهذا سبب واحد"));
    }

    /**
     * The engine's bundles hold only texts any campaign can keep: none of them names a word the campaign lists as
     * its story's ({@value StoryWords#FILE}) or the count of its figure. A story text belongs in the settings.
     */
    @Test
    void noEngineBundleNamesTheCampaignsStory() throws IOException {
        StoryWords words = StoryWords.of(PROJECT);
        Optional<String> count = setting("figure.count");
        if (count.isPresent()) {
            words = words.and(count.get());
        }
        List<String> found = new ArrayList<>();
        for (String lang : engineLanguages()) {
            Properties bundle = bundle(lang);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                List<String> named = words.foundIn(bundle.getProperty(key));
                if (!named.isEmpty()) {
                    found.add("messages_" + lang + ".properties " + key + " names " + named);
                }
            }
        }
        assertEquals(List.of(), found, "move story texts to content/site.properties (README, \"Story texts\")");
    }

    private static List<String> engineLanguages() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES.resolve("messages"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("messages_[a-z]{2,3}\\.properties"))
                    .map(name -> name.substring("messages_".length(), name.indexOf('.'))).sorted().toList();
        }
    }

    private static Set<String> keys(String lang) throws IOException {
        return new TreeSet<>(bundle(lang).stringPropertyNames());
    }

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Messages.bundle(TEMPLATES, lang), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Optional<String> setting(String key) throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("content/site.properties"),
                StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        return Optional.ofNullable(settings.getProperty(key)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
