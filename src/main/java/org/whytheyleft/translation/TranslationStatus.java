package org.whytheyleft.translation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whytheyleft.content.SourcePage;
import org.whytheyleft.content.TranslationFields;

/**
 * How far each language's pages are translated, read from their headers ({@link TranslationFields}) and their
 * sources' bodies: not yet translated, translated from the source as it is now, translated from a source that has
 * changed since (with the paragraphs that changed), or translated without a record of the source (the pages from
 * before the commands existed). A page missing in a language is not a state: the build stops on it, since every
 * page has its counterpart. Immutable.
 */
public final class TranslationStatus {

    /** Where a translated page stands. */
    public enum State {
        PENDING("not yet translated"),
        CHANGED("source changed"),
        UNTRACKED("translated, not tracked"),
        CURRENT("up to date");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** How the status text names the state. */
        public String label() {
            return label;
        }
    }

    /**
     * One translated page.
     *
     * @param file        the page, as shown to the author ({@code content/es/first.md})
     * @param source      its source page, or empty when no source is recorded
     * @param changed     the first words of each paragraph of the source that is new or changed since the page was
     *                    translated; empty unless the state is {@link State#CHANGED}
     * @param removed     how many paragraphs the source had then that it no longer has
     */
    public record Page(String file, State state, Optional<String> source, List<String> changed, int removed) {
    }

    /** The translated pages of one language, in the order of the site's pages. */
    public record Language(String lang, List<Page> pages) {

        public List<Page> in(State state) {
            return pages.stream().filter(page -> page.state() == state).toList();
        }
    }

    private final List<Language> languages;

    private TranslationStatus(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    /**
     * The status of every published page.
     *
     * @param pages     the pages whose headers are valid
     * @param languages the site's languages, the first being the default: its pages without a source are the
     *                  originals, a page of another language without one is translated but not tracked
     */
    public static TranslationStatus of(List<SourcePage> pages, List<String> languages) {
        Map<String, SourcePage> byKeyAndLang = new LinkedHashMap<>();
        pages.stream().filter(SourcePage::isPublished)
                .forEach(page -> byKeyAndLang.putIfAbsent(page.value("key") + "/" + page.value("lang"), page));
        List<Language> status = new ArrayList<>();
        for (String lang : languages) {
            List<Page> translated = new ArrayList<>();
            for (SourcePage page : byKeyAndLang.values()) {
                if (page.value("lang").equals(lang)) {
                    stateOf(page, lang.equals(languages.get(0)), byKeyAndLang).ifPresent(translated::add);
                }
            }
            if (!translated.isEmpty()) {
                status.add(new Language(lang, translated));
            }
        }
        return new TranslationStatus(status);
    }

    private static Optional<Page> stateOf(SourcePage page, boolean defaultLanguage, Map<String, SourcePage> pages) {
        String file = shown(page);
        Optional<String> sourceLang = TranslationFields.source(page);
        if (sourceLang.isEmpty()) {
            return defaultLanguage ? Optional.empty()
                    : Optional.of(new Page(file, State.UNTRACKED, Optional.empty(), List.of(), 0));
        }
        Optional<SourcePage> source = Optional.ofNullable(pages.get(page.value("key") + "/" + sourceLang.get()));
        if (source.isEmpty()) {
            return Optional.empty(); // the model reports the missing counterpart
        }
        Optional<String> sourceFile = Optional.of(shown(source.get()));
        if (TranslationFields.isPending(page)) {
            return Optional.of(new Page(file, State.PENDING, sourceFile, List.of(), 0));
        }
        SourceVersion now = SourceVersion.of(source.get().body());
        if (now.hash().equals(page.field(TranslationFields.SOURCE_HASH).orElse(""))) {
            return Optional.of(new Page(file, State.CURRENT, sourceFile, List.of(), 0));
        }
        Set<String> then = new HashSet<>(TranslationFields.paragraphs(page));
        List<String> changed = now.paragraphs().stream().filter(p -> !then.contains(p.hash()))
                .map(SourceVersion.Paragraph::firstWords).toList();
        then.removeAll(now.paragraphHashes());
        return Optional.of(new Page(file, State.CHANGED, sourceFile, changed, then.size()));
    }

    private static String shown(SourcePage page) {
        return page.file().toString().replace('\\', '/');
    }

    /** Every language with translated pages, in the site's order; the default language only when it has some. */
    public List<Language> languages() {
        return languages;
    }

    /** The status as lines for the terminal: one line per language, then the pages that need work. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (languages.isEmpty()) {
            return lines;
        }
        lines.add("Translations (docs/languages.md):");
        for (Language language : languages) {
            List<String> counts = new ArrayList<>();
            for (State state : State.values()) {
                int count = language.in(state).size();
                if (count > 0) {
                    counts.add(count + " " + state.label());
                }
            }
            lines.add("  " + language.lang() + ": " + String.join(", ", counts));
            for (Page page : language.in(State.PENDING)) {
                lines.add("    not yet translated: " + page.file());
            }
            for (Page page : language.in(State.CHANGED)) {
                lines.add("    source changed: " + page.file() + " (" + page.source().orElse("") + ": "
                        + describe(page) + ")");
                page.changed().forEach(words -> lines.add("      " + words));
            }
        }
        return lines;
    }

    /** {@link #lines()} as one text. */
    public String text() {
        return String.join(System.lineSeparator(), lines());
    }

    private static String describe(Page page) {
        List<String> parts = new ArrayList<>();
        if (!page.changed().isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%d %s new or changed", page.changed().size(),
                    page.changed().size() == 1 ? "paragraph" : "paragraphs"));
        }
        if (page.removed() > 0) {
            parts.add(page.removed() + " removed");
        }
        return parts.isEmpty() ? "paragraphs moved" : String.join(", ", parts);
    }
}
