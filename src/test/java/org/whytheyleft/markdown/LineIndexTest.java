package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void findsTheLineOfEveryOffsetCountingFromZero() {
        LineIndex lines = new LineIndex("een\ntwee\n\nvier");

        assertEquals(0, lines.lineOf(0));
        assertEquals(0, lines.lineOf(3));
        assertEquals(1, lines.lineOf(4));
        assertEquals(2, lines.lineOf(9));
        assertEquals(3, lines.lineOf(10));
        assertEquals(3, lines.lineOf(13));
    }

    @Test
    void aTextWithoutLineEndsIsOneLine() {
        assertEquals(0, new LineIndex("").lineOf(0));
        assertEquals(0, new LineIndex("x".repeat(100)).lineOf(99));
    }
}
