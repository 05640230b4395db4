package org.whytheyleft.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.whytheyleft.config.CampaignTexts;
import org.whytheyleft.messages.Messages;


/**
 * Every text a reader sees comes from a message bundle or from the campaign's own texts: templates hold no visible
 * text of their own, every key they or the view code use is in every engine bundle unless it is the campaign's alone
 * ({@link CampaignTexts#isCampaignOnly}), and no bundle keeps keys nobody uses.
 */
class TemplateTextTest {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath();
    private static final Path TEMPLATES = PROJECT.resolve("templates");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("messages\\.get\\([^,]+,\\s*\"([A-Za-z0-9_.]+)\"");
    /** Attributes whose placeholder text a browser shows or reads out. */
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");
    /** Attributes that replace an element's text or the element itself, so its text is only a preview. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");

    @Test
    void everyKeyUsedIsInEveryLanguage() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 10, "the templates use message keys: " + used);
        used.removeIf(CampaignTexts::isCampaignOnly);
        for (String lang : languages()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(lang));
            assertEquals(Set.of(), missing, "keys missing in messages_" + lang + ".properties");
        }
    }

    /** A story's text has no wording any campaign could keep, so no bundle may hold a default for it. */
    @Test
    void noBundleHoldsATextThatIsTheCampaignsAlone() throws IOException {
        for (String lang : languages()) {
            Set<String> campaigns = new TreeSet<>(bundle(lang));
            campaigns.removeIf(key -> !CampaignTexts.isCampaignOnly(key));
            assertEquals(Set.of(), campaigns, "messages_" + lang
                    + ".properties holds texts of content/site.properties");
        }
    }

    @Test
    void everyCampaignTextIsPrintedSomewhere() throws IOException {
        Set<String> unused = new TreeSet<>(CampaignTexts.keys());
        unused.removeAll(usedKeys());
        assertEquals(Set.of(), unused, "campaign texts no template or view prints");
    }

    @Test
    void noBundleKeepsKeysThatNothingUses() throws IOException {
        Set<String> used = usedKeys();
        for (String lang : languages()) {
            Set<String> unused = new TreeSet<>(bundle(lang));
            unused.removeAll(used);
            assertEquals(Set.of(), unused, "unused keys in messages_" + lang + ".properties");
        }
    }

    @Test
    void templatesHoldNoVisibleTextOfTheirOwn() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Element root = Jsoup.parse(Files.readString(template), "").root();
            collect(template, root, hardCoded);
        }
        assertEquals(List.of(), hardCoded, "visible text belongs in templates/messages/");
    }

    private static void collect(Path template, Element element, List<String> hardCoded) {
        if (REPLACING.stream().anyMatch(element::hasAttr) || element.hasAttr("th:remove")) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (!text.text().matches("[\\s\\p{P}]*")) {
                hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                        + text.text().strip() + "\"");
            }
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            String set = element.attr("th:attr");
            if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute) && !set.contains(attribute + "=")) {
                hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + " " + attribute + ">");
            }
        }
        for (Element child : element.children()) {
            collect(template, child, hardCoded);
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        try (Stream<Path> java = Files.walk(PROJECT.resolve("src/main/java"))) {
            for (Path source : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        // The kit names each share service by a key made from the service's name.
        keys.remove("kit.service.");
        ShareLinks.of("https://example.org/", "t", "s").forEach(t -> keys.add("kit.service." + t.service()));
        return keys;
    }

    private static Set<String> bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Messages.bundle(TEMPLATES, lang), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    /** The languages of the engine's bundles. */
    private static List<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES.resolve("messages"))) {
            List<String> languages = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("messages_[a-z]{2,3}\\.properties"))
                    .map(name -> name.substring("messages_".length(), name.indexOf('.'))).sorted().toList();
            assertTrue(languages.containsAll(List.of("nl", "en")), "bundles: " + languages);
            return languages;
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
