package org.whytheyleft.markdown;

/** Cuts a value an author wrote to a length that keeps a problem on one readable line. */
final class Shown {

    private static final int LIMIT = 60;

    private Shown() {
    }

    /** The text, cut to about 60 characters, with invisible control characters shown as [U+0009]. */
    static String cut(String text) {
        String cut = text.length() <= LIMIT ? text : text.substring(0, LIMIT - 3) + "...";
        StringBuilder shown = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                shown.append(String.format(java.util.Locale.ROOT, "[U+%04X]", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
