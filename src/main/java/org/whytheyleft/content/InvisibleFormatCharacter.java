package org.whytheyleft.content;

import java.util.Locale;

/**
 * Says which invisible format characters a page may not hold anywhere, header or body: they change what a reader
 * sees without showing themselves. Direction embeddings and overrides (U+202A to U+202E) reverse the rest of a
 * title or show one address while linking another; word joiner and invisible operators (U+2060 to U+2064), the
 * Mongolian vowel separator (U+180E), the zero-width space (U+200B), a byte order mark inside the text and tag
 * characters hide letters or split words where none is seen. Balanced isolates, the marks LRM, RLM and ALM, and
 * the joiners ZWJ and ZWNJ (which Persian and Arabic-script text needs) are left to the checks of each place.
 */
final class InvisibleFormatCharacter {

    private InvisibleFormatCharacter() {
    }

    /** Whether the code point at {@code index} of a page's text is refused; a byte order mark may open the file. */
    static boolean isForbidden(int codePoint, int index) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x2064)
                || codePoint == 0x180E || codePoint == 0x200B
                || (codePoint == 0xFEFF && index > 0)
                || (codePoint >= 0xE0000 && codePoint <= 0xE007F);
    }

    /** The character as a reader of the message can look it up: "RIGHT-TO-LEFT OVERRIDE (U+202E)". */
    static String named(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "%s (U+%04X)", name == null ? "UNNAMED CHARACTER" : name, codePoint);
    }
}
