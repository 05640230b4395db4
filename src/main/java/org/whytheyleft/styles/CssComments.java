package org.whytheyleft.styles;

/**
 * Removes the comments of a stylesheet, for a copy that a reader receives rather than an author edits (the
 * offline edition carries the site's stylesheet inline). Quoted strings are kept as written, so a {@code /*} inside
 * {@code content: "/*"} stays; a comment left open runs to the end, as a browser reads it. Each removed comment
 * leaves one space where it stood when it separated two tokens, and lines left blank are dropped. Thread-safe.
 */
public final class CssComments {

    private CssComments() {
    }

    /** The stylesheet without its comments. */
    public static String strip(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(css, i);
                out.append(css, i, end);
                i = end;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int close = css.indexOf("*/", i + 2);
                i = close < 0 ? css.length() : close + 2;
                if (!out.isEmpty() && i < css.length() && !Character.isWhitespace(out.charAt(out.length() - 1))
                        && !Character.isWhitespace(css.charAt(i))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return withoutBlankLines(out.toString());
    }

    /** The index after the string that starts at {@code start}, its backslash escapes honoured. */
    private static int stringEnd(String css, int start) {
        char quote = css.charAt(start);
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return css.length();
    }

    private static String withoutBlankLines(String css) {
        StringBuilder out = new StringBuilder(css.length());
        for (String line : css.split("\n", -1)) {
            if (!line.isBlank()) {
                out.append(line.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }
}
