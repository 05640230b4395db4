package org.whytheyleft.markdown;

import java.util.Arrays;

/**
 * The line of any character offset in one text, found by binary search over line starts computed once. Asking a
 * parsed document for a node's line scans from the start of the text each time, which made checking a large page
 * take time quadratic in its size.
 */
final class LineIndex {

    private final int[] starts;

    LineIndex(CharSequence text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The line, counted from 0, that holds the character at {@code offset}. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }
}
