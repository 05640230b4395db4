package org.whytheyleft.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.TranslationFields;
import org.whytheyleft.core.CommandExit;
import org.whytheyleft.core.FileNames;

/**
 * Adds a language to a project, so that the site builds in it at once: {@code content/<lang>/} with a copy of
 * every page and image of a source language under the same names (links between pages and to images keep
 * working), each page marked {@code translation=pending} with {@code source=<from>}; the language at the end of
 * {@code site.languages} and a copy of every per-language setting of the source language, appended to
 * {@code content/site.properties}; and, unless the language has one, a message bundle with the source language's
 * texts to translate. Every check runs before the first file is written: a refusal writes nothing.
 */
public final class AddLanguage {

    /** What {@code site.languages} accepts. */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern LANGUAGE_NAME = Pattern.compile("(?m)^language\\.name[ \\t]*[=:].*$");

    private final Path project;

    public AddLanguage(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /**
     * Usage: {@code AddLanguage <project folder>} with {@code -Dlang=<code>} and {@code -Dfrom=<code>} (the site's
     * default language when not given).
     */
    public static void main(String[] args) throws Refused, IOException {
        try {
            run(args);
        } catch (Refused e) {
            throw CommandExit.failed(e.getMessage(), e);
        }
    }

    private static void run(String[] args) throws Refused, IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        String lang = System.getProperty("lang", "").strip();
        List<Path> written = new AddLanguage(project).add(lang, System.getProperty("from", "").strip());
        Path bundle = Path.of("templates/messages/messages_" + lang + ".properties");
        System.out.println("Added " + lang + ": wrote " + written.size() + " files: content/" + lang
                + "/, content/site.properties" + (written.contains(bundle) ? " and " + bundle : " (kept "
                + bundle + ")") + ". Its pages say they are not yet translated until ./mvnw -q compile"
                + " exec:java@translated -Dpage=content/" + lang + "/... marks each one; see docs/languages.md.");
    }

    /**
     * Adds {@code lang}, copied from {@code from}.
     *
     * @param from the language to copy, or empty for the site's default language
     * @return the files written, relative to the project
     * @throws Refused when the code is not a language code, the language is in the site already, {@code from}
     *                 is not one of its languages, {@code content/<lang>/} exists, or the settings are broken
     */
    public List<Path> add(String lang, String from) throws Refused, IOException {
        if (lang.isEmpty()) {
            throw new Refused("Nothing was written: name the language to add, such as -Dlang=es.");
        }
        if (!isLanguageCode(lang)) {
            throw new Refused("Nothing was written: '" + lang + "' is not a language code. Give a two- or"
                    + " three-letter code of ISO 639 in lower case, such as es (Spanish) or fa (Persian).");
        }
        ProjectSite site = ProjectSite.read(project);
        List<String> languages = site.config().languages();
        String source = from.isEmpty() ? languages.get(0) : from;
        if (languages.contains(lang)) {
            throw new Refused("Nothing was written: " + lang + " is already in site.languages ("
                    + String.join(",", languages) + ") in content/site.properties.");
        }
        if (!languages.contains(source)) {
            throw new Refused("Nothing was written: there is no language '" + source + "' to copy from. Use one"
                    + " of site.languages: -Dfrom=" + String.join(", -Dfrom=", languages) + ".");
        }
        Path target = site.content().resolve(lang);
        if (Files.exists(target)) {
            throw new Refused("Nothing was written: content/" + lang + "/ exists already. Move it away, or add"
                    + " " + lang + " to site.languages by hand if its pages are ready.");
        }
        SettingsFile settings = new SettingsFile(Files.readAllBytes(site.settings()));
        if (!settings.hasOneLanguagesLine()) {
            throw new Refused("Nothing was written: site.languages in content/site.properties goes on over"
                    + " several lines. Write it on one line, such as site.languages=" + String.join(",", languages)
                    + ", and run the command again.");
        }
        Map<Path, byte[]> files = pages(site, source, lang, target);
        files.put(site.settings(), settings.adding(lang, source, "Added by exec:java@add-language: " + lang
                + ", copied from " + source + ". Translate the values for " + lang + "."));
        bundle(source, lang).ifPresent(bundle -> files.put(bundle.getKey(), bundle.getValue()));
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.write(file.getKey(), file.getValue());
        }
        return files.keySet().stream().map(project::relativize).toList();
    }

    /** Every page of {@code source}, marked as not yet translated, and every image and PDF beside them. */
    private static Map<Path, byte[]> pages(ProjectSite site, String source, String lang, Path target)
            throws Refused, IOException {
        Path from = site.content().resolve(source);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(from)) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : sources) {
            String extension = FileNames.extension(file.getFileName().toString());
            Path copy = target.resolve(from.relativize(file).toString());
            if (extension.equals("md")) {
                files.put(copy, pending(site, file, source, lang));
            } else if (ContentReader.MEDIA.contains(extension)) {
                files.put(copy, Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** A page's copy: in the new language, marked pending, with the language its text is in as its source. */
    private static byte[] pending(ProjectSite site, Path file, String source, String lang)
            throws Refused, IOException {
        HeaderLines lines = HeaderLines.of(Files.readAllBytes(file)).orElseThrow(() -> new Refused("Nothing was"
                + " written: " + site.project().relativize(file) + " has no line " + ContentReader.HEADER_END
                + " that ends its header. Fix it (the build says how) and run the command again."));
        String contentPath = site.content().relativize(file).toString().replace('\\', '/');
        // A copy of a page still waiting for its own translation is in that page's source language.
        String textLanguage = site.pages().stream().filter(page -> page.path().equals(contentPath)
                && TranslationFields.isPending(page)).findFirst().flatMap(TranslationFields::source).orElse(source);
        lines.set("lang", lang);
        lines.remove(TranslationFields.SOURCE_HASH);
        lines.remove(TranslationFields.SOURCE_PARAGRAPHS);
        lines.set(TranslationFields.TRANSLATION, TranslationFields.PENDING);
        lines.set(TranslationFields.SOURCE, textLanguage);
        return lines.bytes();
    }

    /** A bundle for {@code lang} with the texts of {@code source}, named in its own language; none if it has one. */
    private Optional<Map.Entry<Path, byte[]>> bundle(String source, String lang) throws IOException {
        Path messages = project.resolve("templates/messages");
        Path bundle = messages.resolve("messages_" + lang + ".properties");
        Path from = messages.resolve("messages_" + source + ".properties");
        if (Files.exists(bundle) || !Files.exists(from)) {
            return Optional.empty();
        }
        String texts = Files.readString(from, StandardCharsets.UTF_8);
        texts = LANGUAGE_NAME.matcher(texts).replaceFirst(Matcher.quoteReplacement("language.name="
                + displayName(lang, Locale.forLanguageTag(lang))));
        String header = "# Texts of the templates in " + displayName(lang, Locale.ENGLISH) + ", copied from "
                + source + " by exec:java@add-language: translate every text.\n";
        return Optional.of(Map.entry(bundle, (header + texts).getBytes(StandardCharsets.UTF_8)));
    }

    /** A code of site.languages' form that the JDK's locale data name: {@code xx} is of the form, but no language. */
    private static boolean isLanguageCode(String lang) {
        return CODE.matcher(lang).matches()
                && !Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH).equals(lang);
    }

    /** The language's name in {@code in}, as the JDK's locale data give it, with a capital where it has one. */
    private static String displayName(String lang, Locale in) {
        String name = Locale.forLanguageTag(lang).getDisplayLanguage(in);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }
}
