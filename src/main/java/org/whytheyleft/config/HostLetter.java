package org.whytheyleft.config;

import java.net.IDN;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * A character other than plain ASCII in the host of an address setting, such as the Cyrillic {@code а} (U+0430) in
 * {@code exаmple.github.io}: it looks like a Latin letter, so the address reads as one site and leads to another.
 * A host is written in Latin letters, digits, {@code -} and {@code .}, as {@code site.domain} already is; a domain
 * that is truly registered in another script is written in its international (punycode) {@code xn--} form, which is
 * what browsers send and what {@link java.net.URI} reads.
 *
 * @param host       the host as written
 * @param position   where the character is in the host, counted in characters from 1
 * @param codePoint  the character
 */
record HostLetter(String host, int position, int codePoint) {

    /**
     * The problem of a setting whose address has such a character in its host, if it has one.
     *
     * @param value the address, an e-mail address, or a bare host ({@code site.domain})
     */
    static Optional<Problem> problem(Path file, int line, String key, String value) {
        return in(value.contains("://") || value.contains("@") ? value : "https://" + value.strip() + "/")
                .map(letter -> new Problem(file, line, key + " '" + Shown.cut(value.strip()) + "' " + letter.what(),
                        letter.fix(value)));
    }

    /** The first such character in the host of an address or e-mail address, if there is one. */
    static Optional<HostLetter> in(String address) {
        String host = hostOf(address.strip());
        int position = 1;
        for (int i = 0; i < host.length(); i = host.offsetByCodePoints(i, 1), position++) {
            int c = host.codePointAt(i);
            if (c > 0x7e) {
                return Optional.of(new HostLetter(host, position, c));
            }
        }
        return Optional.empty();
    }

    /** What is wrong, to follow the setting and its value: "has U+0430 CYRILLIC SMALL LETTER A, ...". */
    String what() {
        String why = plain().isEmpty() ? "a letter outside a to z can look like a plain one while it leads readers"
                + " to another site" : "not every program reads a wide form as the plain character";
        return String.format(Locale.ROOT, "has U+%04X %s, %s, as character %d of its host '%s': a host name is"
                + " written in plain Latin letters, digits, '-' and '.', and %s.", codePoint, name(), kind(),
                position, host, why);
    }

    /** How to fix the setting whose value is {@code address}. */
    String fix(String address) {
        String plain = plain();
        if (!plain.isEmpty()) {
            return "type it as the plain " + (Character.isLetter(codePoint) ? "letter" : "character") + " '" + plain
                    + "': " + address.strip().replace(host, asciiHost(plain)) + ".";
        }
        String international = international();
        return "type the address again in plain Latin letters; a domain that is truly registered with such letters"
                + " goes in its international form instead" + (international.isEmpty() ? ""
                : ", here " + address.strip().replace(host, international)) + ".";
    }

    private String name() {
        String name = Character.getName(codePoint);
        return name == null ? "(unnamed)" : name;
    }

    /** "a Cyrillic letter", "a wide form of the Latin letter 'a'", "a wide form of '.'", "a Han letter". */
    private String kind() {
        String plain = plain();
        if (!plain.isEmpty()) {
            return "a wide form of " + (Character.isLetter(codePoint) ? "the Latin letter '" : "'") + plain + "'";
        }
        String script = script();
        String what = Character.isLetter(codePoint) ? "letter" : "character";
        return script.equals("Latin") ? "a Latin " + what + " outside a to z"
                : (startsWithVowel(script) ? "an " : "a ") + script + " " + what;
    }

    private String script() {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
                || script == Character.UnicodeScript.UNKNOWN) {
            return "non-Latin";
        }
        String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The plain ASCII character a fullwidth or other compatibility form stands for, or empty. */
    private String plain() {
        String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return folded.length() == 1 && folded.charAt(0) > ' ' && folded.charAt(0) < 0x7f ? folded : "";
    }

    private String asciiHost(String plain) {
        return host.replace(new String(Character.toChars(codePoint)), plain);
    }

    /** The host's punycode form, or empty when it has none (a character no domain may hold). */
    private String international() {
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean startsWithVowel(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0;
    }

    /** The host part: after {@code scheme://} or {@code @}, before the port, path, query or fragment. */
    private static String hostOf(String address) {
        int scheme = address.indexOf("://");
        String rest = scheme >= 0 ? address.substring(scheme + 3) : address;
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (scheme < 0 && !address.contains("@")) {
            return "";
        }
        int port = host.lastIndexOf(':');
        return port >= 0 && !host.startsWith("[") ? host.substring(0, port) : host;
    }
}
