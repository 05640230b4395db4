package org.whytheyleft.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims of {@code content/checks/claims.properties}: what each page states, the fact it rests on, and where it
 * cites it, and the wording no page may use. Reading collects every mistake of the file with its line, so that a
 * campaign writing its own sees them all at once.
 */
final class Claims {

    /** What one language's page states for a claim; empty strings and lists where the claim does not say. */
    record Statement(String claim, String fact, String lang, String page, List<String> says, String cites,
                     String section, String about, List<String> summary, String opens, String by, String title,
                     String links, StoryFile file) {

        /** Where the claim's field is written, as {@code content/checks/claims.properties:12}. */
        String where(String field) {
            return file.where("claim." + claim + "." + lang + "." + field);
        }
    }

    /** Words (or a pattern) no page of {@code scope} ({@code all} or a language) may use. */
    record Never(String scope, Pattern pattern, String shown, String where) {
    }

    static final Set<String> FIELDS = Set.of("page", "says", "cites", "section", "about", "summary", "opens", "by",
            "title", "links");
    private static final Pattern CLAIM = Pattern.compile("claim\\.([a-z0-9-]+)\\.(?:(fact)|([a-z]{2,3})\\.([a-z]+))");
    private static final Pattern NEVER = Pattern.compile("never\\.(?:(pattern)\\.)?([a-z]{2,3}|all)\\.[a-z0-9-]+");
    private static final Pattern FACT = Pattern.compile("[A-Z][A-Za-z]*( ?[0-9]+)?([,:].*)?");

    final List<Statement> statements = new ArrayList<>();
    final List<Never> never = new ArrayList<>();
    final List<String> mistakes = new ArrayList<>();

    /** Reads the file; {@code languages} are the site's, which every statement must be in. */
    Claims(StoryFile file, List<String> languages) {
        Map<String, String> facts = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, String>>> fields = new LinkedHashMap<>();
        for (String key : new TreeSet<>(file.values().stringPropertyNames())) {
            String value = file.values().getProperty(key).strip();
            Matcher claim = CLAIM.matcher(key);
            Matcher never = NEVER.matcher(key);
            if (claim.matches() && claim.group(2) != null) {
                facts.put(claim.group(1), value);
            } else if (claim.matches() && FIELDS.contains(claim.group(4))) {
                fields.computeIfAbsent(claim.group(1), id -> new LinkedHashMap<>())
                        .computeIfAbsent(claim.group(3), lang -> new LinkedHashMap<>()).put(claim.group(4), value);
            } else if (never.matches()) {
                this.never.add(new Never(never.group(2), never.group(1) != null ? Pattern.compile(value)
                        : Pattern.compile(Pattern.quote(value)), value, file.where(key)));
            } else {
                mistakes.add(file.where(key) + ": unknown key " + key + ". Fix: write claim.<id>.fact, claim.<id>."
                        + "<language>.<field> with a field of " + new TreeSet<>(FIELDS) + ", or never.<language"
                        + " or all>.<n> (docs/story-checks.md).");
            }
        }
        fields.forEach((id, byLanguage) -> {
            String fact = facts.getOrDefault(id, "");
            if (!FACT.matcher(fact).matches()) {
                mistakes.add(file.where("claim." + id + "." + byLanguage.keySet().iterator().next() + ".page")
                        + ": claim " + id + " names no fact it rests on. Fix: add claim." + id + ".fact=<id of the"
                        + " fact>: <a few words of it>.");
            }
            byLanguage.forEach((lang, values) -> add(file, id, fact, lang, values, languages));
        });
        facts.keySet().stream().filter(id -> !fields.containsKey(id)).forEach(id -> mistakes.add(
                file.where("claim." + id + ".fact") + ": claim " + id + " states nothing on any page. Fix: add"
                        + " claim." + id + ".<language>.page and what it says, or remove the fact."));
    }

    private void add(StoryFile file, String id, String fact, String lang, Map<String, String> values,
                     List<String> languages) {
        String where = file.where("claim." + id + "." + lang + "." + values.keySet().iterator().next());
        String page = values.getOrDefault("page", "");
        if (!languages.contains(lang)) {
            mistakes.add(where + ": claim " + id + " is for " + lang + ", which is not in site.languages. Fix:"
                    + " use one of " + languages + ".");
        } else if (page.isEmpty() || !page.endsWith("/")) {
            mistakes.add(where + ": claim " + id + " in " + lang + " names no page, or one that does not end in /."
                    + " Fix: add claim." + id + "." + lang + ".page=" + lang + "/….");
        } else if (values.size() == 1) {
            mistakes.add(where + ": claim " + id + " in " + lang + " says nothing of its page. Fix: add says,"
                    + " summary, opens or title.");
        } else {
            statements.add(new Statement(id, fact, lang, page, items(values.get("says")),
                    values.getOrDefault("cites", ""), values.getOrDefault("section", ""),
                    values.getOrDefault("about", ""), items(values.get("summary")), values.getOrDefault("opens", ""),
                    values.getOrDefault("by", ""), values.getOrDefault("title", ""),
                    values.getOrDefault("links", ""), file));
        }
    }

    private static List<String> items(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+\\|\\s+"));
    }
}
