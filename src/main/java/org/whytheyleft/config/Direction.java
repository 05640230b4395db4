package org.whytheyleft.config;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language's script runs, decided from its language code so that a campaign adding a language sets
 * nothing but the code: the languages written right to left are a short, settled list (Arabic, Hebrew, Persian,
 * Urdu, and the few others below), and every other language runs left to right. Templates print
 * {@link #attribute()} as the {@code dir} attribute; none of them names a language.
 */
public enum Direction {
    LTR, RTL;

    /** Primary language subtags of the scripts written right to left: Arabic, Hebrew, Persian, Urdu, Pashto,
     *  Sindhi, Yiddish, Dhivehi, Central Kurdish (Sorani), Uyghur. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ckb",
            "ug");

    /**
     * The direction of a BCP 47 language tag such as {@code ar}, {@code ar-MA} or {@code tr}; a script subtag
     * decides where it is given ({@code az-Arab} runs right to left, {@code ku-Latn} left to right).
     */
    public static Direction of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg").contains(script) ? RTL : LTR;
        }
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? RTL : LTR;
    }

    /** The value of HTML's {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether text in this direction starts on the right. */
    public boolean isRightToLeft() {
        return this == RTL;
    }
}
