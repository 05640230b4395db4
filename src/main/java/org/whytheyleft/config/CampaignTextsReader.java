package org.whytheyleft.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Pattern;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * Reads the {@link CampaignTexts} from the settings: {@code figure.count} and a {@code <key>.<lang>} line for
 * each text and language of {@code site.languages}. A required text missing in a language, a figure without its
 * texts, or a text that names the count when no count is set becomes a {@link Problem} naming the key and the fix.
 */
final class CampaignTextsReader {

    static final String COUNT = "figure.count";
    /** At most a thousand marks: the figure is drawn into every home page. */
    private static final int MOST_MARKS = 1000;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final Pattern COUNT_ARGUMENT = Pattern.compile("\\{\\s*0\\s*[},]");

    private final Path shownAs;
    private final PropertyLines lines;

    CampaignTextsReader(Path shownAs, PropertyLines lines) {
        this.shownAs = shownAs;
        this.lines = lines;
    }

    /** Whether {@code key} is {@code figure.count} or a campaign text of one of the languages. */
    static boolean isTextKey(String key, List<String> languages) {
        int dot = key.lastIndexOf('.');
        return key.equals(COUNT) || dot > 0 && languages.contains(key.substring(dot + 1))
                && CampaignTexts.keys().contains(key.substring(0, dot));
    }

    /** The texts of every language; problems are added to {@code problems}, and the texts read are kept. */
    CampaignTexts read(Properties properties, List<String> languages, List<Problem> problems) {
        String countValue = properties.getProperty(COUNT, "").strip();
        OptionalInt count = count(countValue, problems);
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (String lang : languages) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String key : CampaignTexts.keys()) {
                String value = properties.getProperty(key + "." + lang, "").strip();
                if (!value.isEmpty()) {
                    texts.put(key, value);
                }
            }
            for (String key : CampaignTexts.REQUIRED) {
                requirePresent(texts, key, lang, "every language of site.languages needs it", problems);
            }
            if (count.isPresent()) {
                for (String key : CampaignTexts.FIGURE) {
                    requirePresent(texts, key, lang, "figure.count is set", problems);
                }
            } else if (countValue.isEmpty()) {
                forbidCount(texts, lang, problems);
            }
            byLanguage.put(lang, texts);
        }
        return new CampaignTexts(count, byLanguage);
    }

    private OptionalInt count(String value, List<Problem> problems) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= MOST_MARKS) {
                return OptionalInt.of(count);
            }
        }
        problems.add(new Problem(shownAs, lines.of(COUNT), COUNT + " '" + Shown.cut(value) + "' is not a whole"
                + " number from 1 to " + MOST_MARKS + ".", "write the number of marks the home page's figure"
                + " shows, in digits (such as 12), or remove " + COUNT + " for no figure."));
        return OptionalInt.empty();
    }

    private void requirePresent(Map<String, String> texts, String key, String lang, String why,
                                List<Problem> problems) {
        if (!texts.containsKey(key)) {
            problems.add(new Problem(shownAs, lines.of(key + "." + lang), "has no value for " + key + "." + lang
                    + ", and " + why + ".", "add a line " + key + "." + lang + "=... with the text in that"
                    + " language."));
        }
    }

    /** Without a count, a {@code {0}} in a counted text would be printed as it stands. */
    private void forbidCount(Map<String, String> texts, String lang, List<Problem> problems) {
        for (String key : CampaignTexts.COUNTED) {
            String value = texts.get(key);
            if (value != null && COUNT_ARGUMENT.matcher(value).find()) {
                problems.add(new Problem(shownAs, lines.of(key + "." + lang), key + "." + lang + " uses {0}, the"
                        + " count, but " + COUNT + " is not set.", "set " + COUNT + "=... or write the text without"
                        + " {0}."));
            }
        }
    }
}
