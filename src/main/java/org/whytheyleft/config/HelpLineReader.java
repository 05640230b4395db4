package org.whytheyleft.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * Reads the optional help line of each language ({@code help.name.<lang>}, {@code help.url.<lang>},
 * {@code help.phone.<lang>}). The site never invents one: unset is the default. A campaign may have one for some
 * languages and not others (a service that answers in one language only); where set, a line must be complete.
 */
final class HelpLineReader {

    static final List<String> FIELDS = List.of("help.name.", "help.url.", "help.phone.");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]([0-9 ]*[0-9])?");

    private final Path shownAs;
    private final PropertyLines lines;

    HelpLineReader(Path shownAs, PropertyLines lines) {
        this.shownAs = shownAs;
        this.lines = lines;
    }

    /** Whether {@code key} is a help-line key of one of the languages. */
    static boolean isHelpKey(String key, List<String> languages) {
        return FIELDS.stream().anyMatch(field -> key.startsWith(field)
                && languages.contains(key.substring(field.length())));
    }

    /** Whether a key is a help line's address or phone number (help.url.nl), as opposed to its name. */
    static boolean isContactKey(String key) {
        return key.startsWith("help.url.") || key.startsWith("help.phone.");
    }

    /** The help line per language; empty when none is set or when a problem was added. */
    Map<String, SiteConfig.HelpLine> read(Properties properties, List<String> languages, List<Problem> problems) {
        int before = problems.size();
        Map<String, SiteConfig.HelpLine> helpLines = new LinkedHashMap<>();
        for (String lang : languages) {
            List<String> values = FIELDS.stream().map(field -> value(properties, field + lang)).toList();
            if (values.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int firstSet = FIELDS.stream().mapToInt(field -> lines.of(field + lang)).filter(line -> line > 0)
                    .min().orElse(0);
            for (int i = 0; i < FIELDS.size(); i++) {
                if (values.get(i).isEmpty()) {
                    int line = lines.of(FIELDS.get(i) + lang);
                    problems.add(new Problem(shownAs, line > 0 ? line : firstSet, "has no value for "
                            + FIELDS.get(i) + lang + ", but other help.*." + lang + " keys are set.",
                            "give all of help.name." + lang + ", help.url." + lang + " and help.phone." + lang
                                    + ", or none."));
                }
            }
            checkUrl(lang, values.get(1), problems);
            checkPhone(lang, values.get(2), problems);
            helpLines.put(lang, new SiteConfig.HelpLine(values.get(0), values.get(1), values.get(2)));
        }
        return problems.size() > before ? Map.of() : helpLines;
    }

    private void checkUrl(String lang, String value, List<Problem> problems) {
        if (value.isEmpty()) {
            return;
        }
        Optional<Problem> letter = HostLetter.problem(shownAs, lines.of("help.url." + lang), "help.url." + lang,
                value);
        if (letter.isPresent()) {
            problems.add(letter.get());
            return;
        }
        if (LinkSettings.https(value).isPresent()) {
            return;
        }
        problems.add(problem("help.url." + lang, "help.url." + lang + " '" + Shown.cut(value) + "' is not an https"
                + " address." + LinkSettings.reasonFor(value),
                "give the full https:// address of the help line's website."));
    }

    private void checkPhone(String lang, String value, List<Problem> problems) {
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            problems.add(problem("help.phone." + lang, "help.phone." + lang + " '" + value + "' is not a phone"
                    + " number.", "write digits and spaces only, with a leading + for an international number,"
                    + " such as 0800 0113 or +31 800 0113."));
        }
    }

    private Problem problem(String key, String message, String fix) {
        return new Problem(shownAs, lines.of(key), message, fix);
    }

    private static String value(Properties properties, String key) {
        return properties.getProperty(key, "").strip();
    }
}
