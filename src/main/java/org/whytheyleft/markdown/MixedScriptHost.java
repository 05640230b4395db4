package org.whytheyleft.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A link whose host mixes letters of two scripts in one part of its name, such as a Cyrillic {@code а} (U+0430)
 * among the Latin letters of {@code exаmple.org}: it reads as one site and leads readers to another. A name wholly
 * in one script (a Russian or a Persian domain) is a real international domain and passes, and so do Chinese,
 * Japanese and Korean names, whose scripts go together and with Latin letters, as browsers show them. The host is
 * judged decoded ({@code %D0%B0}), as a browser reads it; a name written in its {@code xn--} form is not decoded.
 *
 * @param host      the host, decoded
 * @param position  where the letter is in the host, counted in characters from 1
 * @param codePoint the letter
 * @param among     the script of the other letters of its part of the name
 */
record MixedScriptHost(String host, int position, int codePoint, Character.UnicodeScript among) {

    private static final Set<Character.UnicodeScript> EAST_ASIAN = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);

    /** The first letter of a link's host that mixes another script into its part of the name, if there is one. */
    static Optional<MixedScriptHost> in(String address) {
        String host = hostOf(address);
        int position = 1;
        for (String label : host.split("\\.", -1)) {
            Character.UnicodeScript base = baseOf(label);
            for (int i = 0; i < label.length(); i = label.offsetByCodePoints(i, 1)) {
                int c = label.codePointAt(i);
                Character.UnicodeScript script = scriptOf(c);
                if (base != null && script != null && !goTogether(base, script)) {
                    return Optional.of(new MixedScriptHost(host, position + label.codePointCount(0, i), c, base));
                }
            }
            position += label.codePointCount(0, label.length()) + 1;
        }
        return Optional.empty();
    }

    /** What is wrong, after the link: "has U+0430 CYRILLIC SMALL LETTER A, a Cyrillic letter among Latin ones...". */
    String what() {
        String name = Character.getName(codePoint);
        String script = title(Character.UnicodeScript.of(codePoint));
        return String.format(Locale.ROOT, "has U+%04X %s, %s %s letter among %s ones, as character %d of its host"
                + " '%s': a host name that mixes scripts looks like one site while it leads readers to another.",
                codePoint, name == null ? "(unnamed)" : name, "AEIOU".indexOf(script.charAt(0)) >= 0 ? "an" : "a",
                script, title(among), position, host);
    }

    static final String FIX = "type the address again in plain Latin letters, or copy it from the address bar of"
            + " the site it should lead to.";

    /** The script the part's letters are judged against: Latin where it has any, else its first letter's. */
    private static Character.UnicodeScript baseOf(String label) {
        Character.UnicodeScript first = null;
        for (int i = 0; i < label.length(); i = label.offsetByCodePoints(i, 1)) {
            Character.UnicodeScript script = scriptOf(label.codePointAt(i));
            if (script == Character.UnicodeScript.LATIN) {
                return script;
            }
            if (first == null) {
                first = script;
            }
        }
        return first;
    }

    /** The script of a letter, or null for digits, hyphens and marks, which belong to every script. */
    private static Character.UnicodeScript scriptOf(int c) {
        if (!Character.isLetter(c)) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED ? null : script;
    }

    /** Scripts one name may mix: Chinese, Japanese and Korean with each other and with Latin letters. */
    private static boolean goTogether(Character.UnicodeScript base, Character.UnicodeScript script) {
        boolean eastAsian = EAST_ASIAN.contains(base) || EAST_ASIAN.contains(script);
        boolean latinOrEastAsian = (base == Character.UnicodeScript.LATIN || EAST_ASIAN.contains(base))
                && (script == Character.UnicodeScript.LATIN || EAST_ASIAN.contains(script));
        return base == script || (eastAsian && latinOrEastAsian);
    }

    private static String title(Character.UnicodeScript script) {
        String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The host of an http(s) or protocol-relative link, or the domain of a mailto link; else empty. */
    private static String hostOf(String address) {
        String scheme = WrittenAddress.schemeOf(address);
        String rest;
        if (scheme.equals("http") || scheme.equals("https") || (scheme.isEmpty() && address.strip().startsWith("//"))) {
            int slashes = address.indexOf("//");
            rest = address.substring(slashes + 2);
            rest = rest.substring(0, firstOf(rest, "/?#\\"));
            rest = rest.substring(rest.lastIndexOf('@') + 1);
            int port = rest.lastIndexOf(':');
            rest = port >= 0 && !rest.startsWith("[") ? rest.substring(0, port) : rest;
        } else if (scheme.equals("mailto")) {
            rest = address.substring(address.indexOf(':') + 1);
            rest = rest.substring(0, firstOf(rest, "?#"));
            rest = rest.substring(rest.lastIndexOf('@') + 1);
        } else {
            return "";
        }
        try {
            return URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rest;
        }
    }

    private static int firstOf(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
