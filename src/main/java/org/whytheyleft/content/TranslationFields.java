package org.whytheyleft.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * The header fields that say what a translated page was made from, written by the language commands
 * ({@code exec:java@add-language}, {@code exec:java@translated}), never by hand:
 * {@code translation=pending} (the body is still the source's text), {@code source=<lang>} (the language it is
 * translated from), {@code sourcehash} (a short hash of the source's body when it was translated) and
 * {@code sourceparagraphs} (a short hash of each of the source's paragraphs then, comma-separated). A page without
 * them is an original, or a translation whose source is not tracked.
 */
public final class TranslationFields {

    public static final String TRANSLATION = "translation";
    public static final String PENDING = "pending";
    public static final String SOURCE = "source";
    public static final String SOURCE_HASH = "sourcehash";
    public static final String SOURCE_PARAGRAPHS = "sourceparagraphs";
    /** Every field, in the order the commands write them. */
    public static final List<String> FIELDS = List.of(TRANSLATION, SOURCE, SOURCE_HASH, SOURCE_PARAGRAPHS);
    /** Hex digits of a body's hash and of a paragraph's hash. */
    public static final int BODY_HASH_LENGTH = 12;
    public static final int PARAGRAPH_HASH_LENGTH = 8;

    static final Set<String> KEYS = Set.copyOf(FIELDS);
    private static final Pattern BODY_HASH = Pattern.compile("[0-9a-f]{" + BODY_HASH_LENGTH + "}");
    private static final Pattern PARAGRAPHS = Pattern.compile("([0-9a-f]{" + PARAGRAPH_HASH_LENGTH + "}"
            + "(,[0-9a-f]{" + PARAGRAPH_HASH_LENGTH + "})*)?");

    private TranslationFields() {
    }

    /** The body is still the source's text: the page says so to its readers. */
    public static boolean isPending(SourcePage page) {
        return page.field(TRANSLATION).filter(PENDING::equals).isPresent();
    }

    /** The language the page is translated from, when the commands recorded one. */
    public static Optional<String> source(SourcePage page) {
        return page.field(SOURCE);
    }

    /** The short hash of each source paragraph when the page was translated, in order; empty when not recorded. */
    public static List<String> paragraphs(SourcePage page) {
        return page.field(SOURCE_PARAGRAPHS).filter(v -> !v.isEmpty()).map(v -> List.of(v.split(",")))
                .orElse(List.of());
    }

    /** Problems of the fields' form and of how they go together; the source page itself is the model's concern. */
    static List<Problem> check(SourcePage page, List<String> languages) {
        List<Problem> problems = new ArrayList<>();
        String again = "do not edit it by hand: run ./mvnw -q compile exec:java@translated -Dpage="
                + page.file().toString().replace('\\', '/') + " to write it from the current source.";
        page.field(TRANSLATION).filter(v -> !v.equals(PENDING)).ifPresent(v -> problems.add(at(page, TRANSLATION,
                "translation '" + Shown.cut(v) + "' is unknown.", "write translation=pending while the page is"
                        + " not translated yet, or remove the line once it is (" + again + ")")));
        Optional<String> source = source(page);
        String lang = page.field("lang").orElse("");
        source.filter(v -> !languages.contains(v) || v.equals(lang)).ifPresent(v -> problems.add(at(page, SOURCE,
                "source '" + Shown.cut(v) + "' is not another language of the site " + languages + ".",
                "name the language the page is translated from, such as source=" + languages.get(0) + ".")));
        page.field(SOURCE_HASH).filter(v -> !BODY_HASH.matcher(v).matches()).ifPresent(v -> problems.add(at(page,
                SOURCE_HASH, "sourcehash '" + Shown.cut(v) + "' is not " + BODY_HASH_LENGTH + " hex digits.",
                again)));
        page.field(SOURCE_PARAGRAPHS).filter(v -> !PARAGRAPHS.matcher(v).matches()).ifPresent(v -> problems.add(
                at(page, SOURCE_PARAGRAPHS, "sourceparagraphs '" + Shown.cut(v) + "' is not a comma-separated"
                        + " list of " + PARAGRAPH_HASH_LENGTH + "-digit hex hashes.", again)));
        boolean hashes = page.field(SOURCE_HASH).isPresent() || page.field(SOURCE_PARAGRAPHS).isPresent();
        boolean bothHashes = page.field(SOURCE_HASH).isPresent() && page.field(SOURCE_PARAGRAPHS).isPresent();
        if ((isPending(page) || hashes) && source.isEmpty()) {
            problems.add(at(page, hashes ? SOURCE_HASH : TRANSLATION, "the header does not say which language"
                    + " the page is translated from.", "add a line source=<language>, or " + again));
        } else if (hashes && !bothHashes) {
            problems.add(at(page, page.field(SOURCE_HASH).isPresent() ? SOURCE_HASH : SOURCE_PARAGRAPHS,
                    "sourcehash and sourceparagraphs go together; only one is given.", again));
        } else if (isPending(page) && hashes) {
            problems.add(at(page, TRANSLATION, "the page is marked as not yet translated, and also records the"
                    + " source it was translated from.", "remove translation=pending, or " + again));
        } else if (source.isPresent() && !isPending(page) && !hashes) {
            problems.add(at(page, SOURCE, "the page names its source but records neither that it is not yet"
                    + " translated nor what it was translated from.", again));
        }
        return problems;
    }

    private static Problem at(SourcePage page, String key, String message, String fix) {
        return new Problem(page.file(), page.lineOf(key), message, fix);
    }
}
