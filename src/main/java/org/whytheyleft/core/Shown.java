package org.whytheyleft.core;

import java.util.Locale;

/** Cuts a value an author wrote to a length that keeps a problem on one readable line, control characters shown. */
public final class Shown {

    private static final int LIMIT = 60;

    private Shown() {
    }

    /** The text, cut to about 60 characters, with invisible control characters shown as [U+0009]. */
    public static String cut(String text) {
        String cut = text.length() <= LIMIT ? text : text.substring(0, LIMIT - 3) + "...";
        StringBuilder shown = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format(Locale.ROOT, "[U+%04X]", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
