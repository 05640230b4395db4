package org.whytheyleft.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * The invisible format characters that change what a reader sees, and what each place of the site may hold of them.
 * Nowhere: direction embeddings and overrides (U+202A to U+202E), which reverse the rest of a title or show one
 * address while linking another; word joiner and invisible operators (U+2060 to U+2064), the Mongolian vowel
 * separator (U+180E), the zero-width space (U+200B), a byte order mark inside the text, tag characters, the
 * deprecated shaping and swapping controls (U+206A to U+206F), interlinear annotation marks (U+FFF9 to U+FFFB),
 * the line and paragraph separators (U+2028, U+2029), and the blank Hangul fillers and Khmer vowels, which hide
 * letters, break lines or split words where none is seen. In prose: the isolates (U+2066 to U+2069) only in pairs closed on
 * their line, since an unclosed one sets every word after it in its direction; the marks LRM, RLM and ALM and the
 * joiners ZWJ and ZWNJ (which Persian and Arabic-script text needs) freely. In an address or a phone number: no
 * direction character at all, since it only ever makes the address show other than it links.
 */
public final class FormatCharacters {

    private static final int POP_DIRECTIONAL_ISOLATE = 0x2069;

    /** A refused character: its code point and its column on its line, counted from 1 in characters. */
    public record Finding(int codePoint, int column, String why, String fix) {

        /** "the invisible character RIGHT-TO-LEFT OVERRIDE (U+202E) in column 18, which ..." */
        public String describe() {
            return "the invisible character " + named(codePoint) + " in column " + column + ", " + why;
        }

        /** The same for a part of a line, whose column is counted in that part: "in column 3 of its value". */
        public String describeIn(String part) {
            return "the invisible character " + named(codePoint) + " in column " + column + " of its " + part + ", "
                    + why;
        }
    }

    private FormatCharacters() {
    }

    /**
     * Whether a code point is refused everywhere; a byte order mark only opens a file, and is taken off before
     * the text is checked.
     */
    public static boolean isHidden(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x2064)
                || (codePoint >= 0x206A && codePoint <= 0x206F)
                || codePoint == 0x180E || codePoint == 0x200B
                || codePoint == 0xFEFF
                || codePoint == 0x2028 || codePoint == 0x2029
                || (codePoint >= 0xFFF9 && codePoint <= 0xFFFB)
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x17B4 || codePoint == 0x17B5
                || (codePoint >= 0xE0000 && codePoint <= 0xE007F);
    }

    /** The marks, embeddings, overrides and isolates of the bidirectional algorithm. */
    public static boolean isDirectional(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= POP_DIRECTIONAL_ISOLATE);
    }

    /** The character as a reader of the message can look it up: "RIGHT-TO-LEFT OVERRIDE (U+202E)". */
    public static String named(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "%s (U+%04X)", name == null ? "UNNAMED CHARACTER" : name, codePoint);
    }

    /**
     * The first character a line of prose may not hold: one refused everywhere, an isolate left open at the end of
     * the line, or a closing isolate with nothing to close.
     */
    public static Optional<Finding> inProse(String line) {
        Deque<int[]> open = new ArrayDeque<>();
        int column = 0;
        for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
            int codePoint = line.codePointAt(i);
            column++;
            if (isHidden(codePoint)) {
                return Optional.of(hidden(codePoint, column));
            }
            if (codePoint >= 0x2066 && codePoint < POP_DIRECTIONAL_ISOLATE) {
                open.push(new int[] {codePoint, column});
            } else if (codePoint == POP_DIRECTIONAL_ISOLATE && open.pollFirst() == null) {
                return Optional.of(new Finding(codePoint, column, "which closes no isolate.", "delete it."));
            }
        }
        if (!open.isEmpty()) {
            int[] first = open.peekLast();
            return Optional.of(new Finding(first[0], first[1], "which is not closed on its line, so every word"
                    + " after it is set in its direction.", "close it with " + named(POP_DIRECTIONAL_ISOLATE)
                    + " after the words it isolates, or delete it."));
        }
        return Optional.empty();
    }

    /** The first invisible format or direction character in an address or a phone number. */
    public static Optional<Finding> inAddress(String value) {
        int column = 0;
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int codePoint = value.codePointAt(i);
            column++;
            if (isHidden(codePoint) || isDirectional(codePoint)
                    || Character.getType(codePoint) == Character.FORMAT) {
                return Optional.of(new Finding(codePoint, column, "which makes an address or number show other"
                        + " than it leads: it may hold no invisible characters.", "retype it without them: put the"
                        + " cursor after the character and press backspace."));
            }
        }
        return Optional.empty();
    }

    /**
     * The text without any invisible format character, for the checks that come after a refused one: they then
     * judge what the author sees, and report only what is wrong besides.
     */
    public static String without(String text) {
        StringBuilder seen = new StringBuilder(text.length());
        text.codePoints().filter(codePoint -> Character.getType(codePoint) != Character.FORMAT)
                .forEach(seen::appendCodePoint);
        return seen.toString();
    }

    /** A character refused everywhere, found at a column. */
    public static Finding hidden(int codePoint, int column) {
        return new Finding(codePoint, column, "which changes what a reader sees without showing itself.",
                "delete it: put the cursor after it and press backspace, or retype the words around it.");
    }
}
