package org.whytheyleft.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * Checks one page header against the content schema (see README, "Writing a page"): required fields, their form
 * and their limits. Knows nothing of other pages; {@code model.SiteModelBuilder} checks what pages share.
 */
public final class HeaderCheck {

    public static final List<String> REQUIRED = List.of("title", "summary", "share", "lang", "key", "type", "status",
            "date");
    private static final Set<String> OPTIONAL = Set.of("chapter", "order");
    private static final Set<String> STATUSES = Set.of("published", "draft");
    private static final Pattern TRANSLATION_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    static final int SUMMARY_MIN = 50;
    static final int SUMMARY_MAX = 160;
    static final int SHARE_MAX = 200;
    static final int TITLE_MAX = 90;

    private final List<String> languages;

    public HeaderCheck(List<String> languages) {
        this.languages = languages;
    }

    public List<Problem> check(SourcePage page) {
        List<Problem> problems = new ArrayList<>();
        for (HeaderField field : page.header().values()) {
            if (!REQUIRED.contains(field.key()) && !OPTIONAL.contains(field.key())
                    && !TranslationFields.KEYS.contains(field.key())) {
                problems.add(at(page, field.key(), "header key '" + Shown.cut(field.key())
                        + "' is not part of the schema.",
                        "use only " + String.join(", ", REQUIRED) + ", chapter and order (and the fields the"
                                + " language commands write: " + String.join(", ", TranslationFields.FIELDS)
                                + "); check the spelling."));
            }
        }
        for (String key : REQUIRED) {
            if (page.field(key).map(String::isEmpty).orElse(true)) {
                int line = page.lineOf(key);
                String what = line == 0 ? "the header has no " + key + "." : "header field " + key + " is empty.";
                problems.add(new Problem(page.file(), line, what, "add a line " + key + "=... before "
                        + ContentReader.HEADER_END + "."));
            }
        }
        page.field("title").ifPresent(v -> checkLength(page, "title", v, 1, TITLE_MAX, problems));
        page.field("summary").ifPresent(v -> checkLength(page, "summary", v, SUMMARY_MIN, SUMMARY_MAX, problems));
        page.field("share").ifPresent(v -> checkLength(page, "share", v, 1, SHARE_MAX, problems));
        page.field("lang").filter(v -> !v.isEmpty()).ifPresent(v -> checkLanguage(page, v, problems));
        page.field("key").filter(v -> !v.isEmpty() && !TRANSLATION_KEY.matcher(v).matches())
                .ifPresent(v -> problems.add(at(page, "key", "translation key '" + Shown.cut(v)
                        + "' is not a simple name.",
                        "use lower-case letters, digits and hyphens, the same in every language (e.g. brutality).")));
        page.field("type").filter(v -> !v.isEmpty() && PageType.of(v).isEmpty())
                .ifPresent(v -> problems.add(at(page, "type", "type '" + Shown.cut(v) + "' is unknown.",
                        "use type=home, chapter, page or kit (the campaign kit).")));
        page.field("status").filter(v -> !v.isEmpty() && !STATUSES.contains(v))
                .ifPresent(v -> problems.add(at(page, "status", "status '" + Shown.cut(v) + "' is unknown.",
                        "use status=published, or status=draft to keep the page off the site.")));
        page.field("date").filter(v -> !v.isEmpty()).ifPresent(v -> checkDate(page, v, problems));
        checkChapter(page, problems);
        if (!languages.isEmpty()) {
            problems.addAll(TranslationFields.check(page, languages));
        }
        page.field("order").filter(v -> !NUMBER.matcher(v).matches())
                .ifPresent(v -> problems.add(at(page, "order", "order '" + Shown.cut(v) + "' is not a whole number.",
                        "use a number from 1 to 999; lower numbers come first in the menu.")));
        for (HeaderField field : page.header().values()) {
            if (field.value().startsWith("{") && field.value().endsWith("}")) {
                problems.add(at(page, field.key(), "header field " + field.key()
                        + " is wrapped in { }, which JBake reads as JSON.", "remove the braces."));
            }
        }
        return problems;
    }

    private void checkLanguage(SourcePage page, String lang, List<Problem> problems) {
        if (!languages.contains(lang)) {
            problems.add(at(page, "lang", "language '" + Shown.cut(lang) + "' is not one of the site's languages "
                    + languages + ".", "use one of " + String.join(", ", languages)
                    + ", or add the language to site.languages in content/site.properties."));
        } else if (!page.path().startsWith(lang + "/")) {
            problems.add(at(page, "lang", "the page says lang=" + lang + " but is not in content/" + lang + "/.",
                    "move the file to content/" + lang + "/, or correct lang."));
        }
    }

    private static void checkChapter(SourcePage page, List<Problem> problems) {
        boolean isChapter = page.field("type").flatMap(PageType::of).filter(PageType.CHAPTER::equals).isPresent();
        var chapter = page.field("chapter");
        if (isChapter && chapter.isEmpty()) {
            problems.add(new Problem(page.file(), page.lineOf("type"), "a chapter has no chapter number.",
                    "add a line chapter=1 (or 2, 3, ...) to the header."));
        } else if (!isChapter && chapter.isPresent()) {
            problems.add(at(page, "chapter", "only pages of type=chapter have a chapter number.",
                    "remove the chapter line, or set type=chapter."));
        } else if (chapter.isPresent() && !NUMBER.matcher(chapter.get()).matches()) {
            problems.add(at(page, "chapter", "chapter '" + Shown.cut(chapter.get()) + "' is not a whole number from 1.",
                    "number the chapters 1, 2, 3, ... in reading order."));
        }
    }

    private static void checkDate(SourcePage page, String value, List<Problem> problems) {
        boolean valid = DATE.matcher(value).matches();
        if (valid) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                valid = false;
            }
        }
        if (!valid) {
            problems.add(at(page, "date", "date '" + value + "' is not a real date in the form YYYY-MM-DD.",
                    "write the date as, for example, 2026-11-27."));
        }
    }

    private static void checkLength(SourcePage page, String key, String value, int min, int max,
                                    List<Problem> problems) {
        int length = value.codePointCount(0, value.length());
        if (length > 0 && (length < min || length > max)) {
            problems.add(at(page, key, key + " has " + length + " characters; it must have " + min + " to " + max
                    + ".", "rewrite the " + key + " to fit."));
        }
    }

    private static Problem at(SourcePage page, String key, String message, String fix) {
        return new Problem(page.file(), page.lineOf(key), message, fix);
    }
}
