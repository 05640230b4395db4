package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;

/**
 * Writes a project folder with {@code pages} pages made from the real site: {@value #PAGES_PER_LANGUAGE} pages per
 * language (home, campaign kit, three plain pages and numbered chapters in sections of ten), as many languages as
 * that takes. Dutch copies the Dutch pages, every other language the English ones with a copy of the English
 * message bundle. Titles are unique; links to chapters are rewritten to the synthetic chapters, and every chapter
 * links on to the next, so the build's link and anchor checks pass.
 */
final class SyntheticSite {

    /** The real site has 9 per language; the footer of every page lists every page of its language. */
    static final int PAGES_PER_LANGUAGE = 50;
    private static final int PER_SECTION = 10;
    private static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr", "es", "it", "pt", "pl", "sv",
            "da", "fi", "cs", "sk", "hu", "ro", "bg", "el", "hr", "sl", "et", "lv", "lt", "ga", "mt", "tr", "ar",
            "fa", "ur", "id", "ms", "sw", "so", "ru", "uk", "sr", "bs", "sq", "mk", "ka", "hy", "az", "kk");
    /**
     * A setting per language, such as {@code campaign.name.nl=} or a story text {@code chapter.position.nl=}: its
     * key and its language (a language of {@link #LANGUAGES}, so that {@code study.url} is not one).
     */
    private static final Pattern PER_LANGUAGE = Pattern.compile("([a-z][a-zA-Z.]*)\\.([a-z]{2,3})=.*");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(#[^)\\s]*)?\\)");

    private final Path realProject;
    private final Map<String, List<SourcePage>> realPages = new LinkedHashMap<>();

    SyntheticSite(Path realProject) throws IOException {
        this.realProject = realProject;
        for (SourcePage page : new ContentReader(realProject).read(realProject.resolve("content")).pages()) {
            realPages.computeIfAbsent(page.path().substring(0, page.path().indexOf('/')), k -> new ArrayList<>())
                    .add(page);
        }
    }

    /** Writes the project into {@code dir} (content, templates, assets) and returns the number of pages. */
    int write(Path dir, int pages) throws IOException {
        int languages = Math.max(2, Math.round(pages / (float) PAGES_PER_LANGUAGE));
        if (languages > LANGUAGES.size()) {
            throw new IllegalArgumentException("At most " + LANGUAGES.size() * PAGES_PER_LANGUAGE + " pages.");
        }
        Files.createDirectories(dir);
        ProjectFiles.copyTree(realProject.resolve("templates"), dir.resolve("templates"));
        ProjectFiles.copyTree(realProject.resolve("assets"), dir.resolve("assets"));
        List<String> langs = LANGUAGES.subList(0, languages);
        int written = 0;
        for (int i = 0; i < languages; i++) {
            int share = pages / languages + (i < pages % languages ? 1 : 0);
            written += writeLanguage(dir, langs.get(i), share);
        }
        writeSettings(dir, langs);
        return written;
    }

    private int writeLanguage(Path dir, String lang, int pages) throws IOException {
        String from = realPages.containsKey(lang) ? lang : "en";
        List<SourcePage> real = realPages.get(from);
        List<SourcePage> chapters = real.stream().filter(p -> p.field("chapter").isPresent())
                .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.value("chapter")))).toList();
        int count = pages - (real.size() - chapters.size());
        if (count < 1) {
            throw new IllegalArgumentException("Too few pages for " + lang + ": " + pages);
        }
        String suffix = lang.equals(from) ? "" : " (" + lang + ")";
        Map<String, String> chapterPaths = new LinkedHashMap<>();
        for (int k = 0; k < chapters.size(); k++) {
            chapterPaths.put(chapters.get(k).path(), lang + "/" + chapterFile(k + 1));
        }
        for (SourcePage page : real) {
            if (page.field("chapter").isEmpty()) {
                String path = lang + page.path().substring(from.length());
                write(dir, path, header(page, lang, page.value("title") + suffix, null),
                        rewrite(page.body(), page.path(), path, chapterPaths));
            }
        }
        for (int n = 1; n <= count; n++) {
            SourcePage model = chapters.get((n - 1) % chapters.size());
            String path = lang + "/" + chapterFile(n);
            String title = model.value("title") + ": story " + n + suffix;
            String next = lang + "/" + chapterFile(n % count + 1);
            String body = rewrite(model.body(), model.path(), path, chapterPaths) + "\n\n["
                    + model.value("title") + ", story " + (n % count + 1) + "](" + relative(path, next) + ")\n";
            write(dir, path, header(model, lang, title, n), body);
        }
        return pages;
    }

    static String chapterFile(int n) {
        return String.format(Locale.ROOT, "section-%02d/story-%03d.md", (n - 1) / PER_SECTION + 1, n);
    }

    private static String header(SourcePage page, String lang, String title, Integer chapter) {
        StringBuilder header = new StringBuilder();
        page.header().forEach((key, field) -> {
            String value = switch (key) {
                case "title" -> title;
                case "lang" -> lang;
                case "key" -> chapter == null ? field.value() : String.format(Locale.ROOT, "story-%03d", chapter);
                case "chapter" -> String.valueOf(chapter);
                default -> field.value();
            };
            header.append(key).append('=').append(value).append('\n');
        });
        return header.append(ContentReader.HEADER_END).append('\n').toString();
    }

    /** The body with each link to a real chapter pointed at its synthetic stand-in, from the page's new place. */
    private static String rewrite(String body, String realPath, String newPath, Map<String, String> chapters) {
        Matcher m = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(1);
            String resolved = target.isEmpty() || target.contains(":") ? null
                    : Path.of(realPath).resolveSibling(target).normalize().toString().replace('\\', '/');
            String replaced = target;
            if (resolved != null && chapters.containsKey(resolved)) {
                replaced = relative(newPath, chapters.get(resolved));
            }
            m.appendReplacement(out, Matcher.quoteReplacement("](" + replaced
                    + (m.group(2) == null ? "" : m.group(2)) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String relative(String fromFile, String toFile) {
        Path from = Path.of(fromFile).getParent();
        return from.relativize(Path.of(toFile)).toString().replace('\\', '/');
    }

    private static void write(Path dir, String contentPath, String header, String body) throws IOException {
        Path file = dir.resolve("content").resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, header + body, StandardCharsets.UTF_8);
    }

    private void writeSettings(Path dir, List<String> langs) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> english = new ArrayList<>();
        Set<String> set = new HashSet<>();
        for (String line : Files.readAllLines(realProject.resolve("content/site.properties"))) {
            Matcher perLanguage = PER_LANGUAGE.matcher(line);
            if (line.startsWith("site.languages=")) {
                lines.add("site.languages=" + String.join(",", langs));
            } else if (!perLanguage.matches() || !LANGUAGES.contains(perLanguage.group(2))) {
                lines.add(line);
            } else if (!perLanguage.group(1).equals("site.name") && langs.contains(perLanguage.group(2))) {
                // A language of the real site keeps its own settings; the others' would name a language not built.
                lines.add(line);
                set.add(perLanguage.group(1) + "." + perLanguage.group(2));
                if (perLanguage.group(2).equals("en")) {
                    english.add(line);
                }
            }
        }
        // Every other per-language setting (campaign name, help line, story texts) as the English one, for the added languages.
        for (String lang : langs) {
            for (String line : english) {
                String key = line.substring(0, line.indexOf(".en="));
                if (!set.contains(key + "." + lang)) {
                    lines.add(key + "." + lang + line.substring(line.indexOf('=')));
                }
            }
        }
        for (String lang : langs) {
            lines.add("site.name." + lang + "=" + (lang.equals("nl") ? "Waarom ze vertrokken"
                    : lang.equals("en") ? "Why they left" : "Why they left (" + lang + ")"));
            Path bundle = dir.resolve("templates/messages/messages_" + lang + ".properties");
            if (!Files.exists(bundle)) {
                Files.copy(dir.resolve("templates/messages/messages_en.properties"), bundle);
            }
        }
        Files.writeString(dir.resolve("content/site.properties"), String.join("\n", lines) + "\n");
    }
}
