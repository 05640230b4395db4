package org.whytheyleft.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.content.TranslationFields;
import org.whytheyleft.core.CommandExit;

/**
 * Marks pages as translated from their source as it is now: removes {@code translation=pending} and writes
 * {@code source}, {@code sourcehash} and {@code sourceparagraphs} ({@link SourceVersion}) in the header, changing
 * no other line of the file. The source is the language the page names, else the one given, else the site's
 * default language. Every page is checked before the first is written: a refusal writes nothing.
 */
public final class MarkTranslated {

    private final Path project;

    public MarkTranslated(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /**
     * Usage: {@code MarkTranslated <project folder>} with {@code -Dpage=content/<lang>/<page>.md} or
     * {@code -Dlang=<code>} (every page of the language), and optionally {@code -Dfrom=<code>}.
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
        String page = System.getProperty("page", "").strip();
        String lang = System.getProperty("lang", "").strip();
        String from = System.getProperty("from", "").strip();
        if (page.isEmpty() == lang.isEmpty()) {
            throw new Refused("Nothing was written: name one page (-Dpage=content/es/index.md) or one language"
                    + " (-Dlang=es).");
        }
        MarkTranslated command = new MarkTranslated(project);
        List<Path> marked = page.isEmpty() ? command.language(lang, from) : command.page(Path.of(page), from);
        marked.forEach(file -> System.out.println("Marked as translated from its source as it is now: " + file));
    }

    /** Marks one page, given relative to the project or absolute. */
    public List<Path> page(Path page, String from) throws Refused, IOException {
        ProjectSite site = ProjectSite.read(project);
        Path file = project.resolve(page).normalize();
        SourcePage found = site.pages().stream().filter(p -> project.resolve(p.file()).normalize().equals(file))
                .findFirst().orElseThrow(() -> new Refused("Nothing was written: there is no page " + page
                        + " (a .md file under content/ whose header ends with " + ContentReader.HEADER_END + ")."));
        return mark(site, List.of(found), from);
    }

    /** Marks every page of a language. */
    public List<Path> language(String lang, String from) throws Refused, IOException {
        ProjectSite site = ProjectSite.read(project);
        if (!site.config().languages().contains(lang)) {
            throw new Refused("Nothing was written: " + lang + " is not one of site.languages ("
                    + String.join(",", site.config().languages()) + ").");
        }
        List<SourcePage> pages = site.pages().stream().filter(p -> p.field("lang").orElse("").equals(lang)).toList();
        return mark(site, pages, from);
    }

    private List<Path> mark(ProjectSite site, List<SourcePage> pages, String from) throws Refused, IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (SourcePage page : pages) {
            String lang = page.field("lang").orElse("");
            String source = TranslationFields.source(page).orElse(from.isEmpty()
                    ? site.config().languages().get(0) : from);
            Optional<SourcePage> original = site.page(page.field("key").orElse(""), source);
            if (source.equals(lang) || !site.config().languages().contains(source)) {
                refused.add(page.file() + " is in " + lang + "; name the language it was translated from with"
                        + " -Dfrom=<code>, one of " + String.join(",", site.config().languages()) + ".");
            } else if (original.isEmpty()) {
                refused.add(page.file() + " has no page in " + source + " with key=" + page.field("key")
                        .orElse("") + " to be translated from.");
            } else {
                SourceVersion version = SourceVersion.of(original.get().body());
                Path file = project.resolve(page.file());
                HeaderLines lines = HeaderLines.of(Files.readAllBytes(file)).orElseThrow();
                lines.remove(TranslationFields.TRANSLATION);
                lines.set(TranslationFields.SOURCE, source);
                lines.set(TranslationFields.SOURCE_HASH, version.hash());
                lines.set(TranslationFields.SOURCE_PARAGRAPHS, String.join(",", version.paragraphHashes()));
                files.put(file, lines.bytes());
            }
        }
        if (!refused.isEmpty()) {
            throw new Refused("Nothing was written:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", refused));
        }
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Files.write(file.getKey(), file.getValue());
        }
        return files.keySet().stream().map(project::relativize).toList();
    }
}
