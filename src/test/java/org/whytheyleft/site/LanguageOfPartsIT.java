package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;
import org.whytheyleft.config.Direction;

/**
 * Language of parts (WCAG 3.1.2) in every edition the site publishes: a screen reader picks its voice from the
 * nearest {@code lang}, so words in Arabic script on a page in another script must sit inside an element in an
 * Arabic-script language, a run an author marked with {@code {lang=…}} keeps its language in the offline edition,
 * and the campaign kit names the site in each language in that language (its {@code dir} as
 * {@link LanguageChecks#directions()} checks on every page).
 */
class LanguageOfPartsIT {

    /** Languages written in Arabic script; a tag such as {@code ar-Latn} names another script and is not one. */
    private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "sd", "ug", "ckb", "ks");

    @Test
    void everyRunOfArabicScriptIsInAnArabicScriptLanguage() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> files = BuiltSite.files(".html");
        assertTrue(files.size() > 10, "the site has its pages");
        for (Path file : files) {
            Document page = BuiltSite.parse(file);
            for (TextNode text : page.body().select("*").stream().flatMap(e -> e.textNodes().stream()).toList()) {
                Element parent = (Element) text.parent();
                if (hasArabicLetters(text.text()) && parent.closest("script, style") == null) {
                    Element marked = parent.closest("[lang]");
                    String lang = marked == null ? "" : marked.attr("lang");
                    if (!isArabicScript(lang)) {
                        wrong.add(BuiltSite.SITE.relativize(file) + ": \"" + text.text().strip() + "\" in <"
                                + parent.tagName() + "> is read as " + (lang.isEmpty() ? "no language" : lang));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noFeedCarriesArabicScriptOutsideAnArabicScriptLanguage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : BuiltSite.files("feed.xml")) {
            Document feed = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : feed.select("*")) {
                if (element.children().isEmpty() && hasArabicLetters(element.text())) {
                    Element marked = element.closest("[xml:lang]");
                    String lang = marked == null ? "" : marked.attr("xml:lang");
                    if (!isArabicScript(lang)) {
                        wrong.add(BuiltSite.SITE.relativize(file) + ": <" + element.tagName() + "> " + element.text());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRunAnAuthorMarkedKeepsItsLanguageInTheOfflineEdition() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String lang : RealSite.languages()) {
            Document edition = BuiltSite.parse(edition(lang));
            for (String page : BuiltSite.contentPages()) {
                if (!page.startsWith(lang + "/") || "kit".equals(BuiltSite.header(page, "type"))) {
                    continue;
                }
                for (Element run : BuiltSite.parse(BuiltSite.pageFile(page)).select("main .prose [lang]")) {
                    boolean kept = edition.select("main .prose [lang=" + run.attr("lang") + "]").stream()
                            .anyMatch(copy -> copy.text().equals(run.text()));
                    if (!kept) {
                        wrong.add(page + ": \"" + run.text() + "\" (" + run.attr("lang") + ") is not in "
                                + lang + "'s offline edition in its language");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCampaignKitNamesTheSiteInEachLanguageInThatLanguage() throws IOException {
        int kits = 0;
        for (String page : BuiltSite.contentPages()) {
            if (!"kit".equals(BuiltSite.header(page, "type"))) {
                continue;
            }
            kits++;
            String kitLang = BuiltSite.header(page, "lang");
            Element title = BuiltSite.parse(BuiltSite.pageFile(page)).selectFirst(".kit-entry__title");
            for (String lang : RealSite.languages()) {
                String name = RealSite.setting("site.name." + lang).orElseThrow();
                if (lang.equals(kitLang)) {
                    assertTrue(title.ownText().contains(name), page + ": its own name \"" + name + "\" unmarked");
                    continue;
                }
                List<Element> runs = title.select("[lang=" + lang + "]").stream()
                        .filter(run -> run.text().equals(name)).toList();
                assertEquals(1, runs.size(), page + ": the " + lang + " name \"" + name + "\" in its language");
                String dir = Direction.of(lang) == Direction.of(kitLang) ? "" : Direction.of(lang).attribute();
                assertEquals(dir, runs.get(0).attr("dir"), page + ": the " + lang + " name's dir");
            }
            assertFalse(title.text().isBlank(), page);
        }
        assertEquals(RealSite.languages().size(), kits, "a kit per language");
    }

    /** The offline edition of a language, named by its message bundle. */
    private static Path edition(String lang) throws IOException {
        java.util.Properties messages = new java.util.Properties();
        try (var reader = Files.newBufferedReader(BuiltSite.PROJECT.resolve("templates/messages/messages_" + lang
                + ".properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return BuiltSite.SITE.resolve(lang).resolve(messages.getProperty("offline.file") + ".html");
    }

    private static boolean isArabicScript(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        return tag.contains("-arab") || ARABIC_SCRIPT.contains(primary) && !tag.matches(".*-[a-z]{4}(-.*)?$");
    }

    private static boolean hasArabicLetters(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
