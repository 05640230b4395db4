package org.whytheyleft.social;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * How a card's title is set, decided before anything is drawn: the largest size from {@value #LARGEST} down to
 * {@value #SMALLEST} px at which the whole title fits the box in at most {@value #MAX_LINES} lines. A title too
 * long even at the smallest size keeps the lines that fit, and the last of them ends in an ellipsis.
 *
 * @param font  the typeface at the chosen size
 * @param lines the lines, top to bottom; never empty
 * @param cut   whether words of the title were left out
 */
record TitleLayout(Font font, List<String> lines, boolean cut) {

    static final int LARGEST = 76;
    static final int SMALLEST = 48;
    static final int MAX_LINES = 4;
    private static final int STEP = 4;
    /** Line height as a share of the font size: tight, as for a headline. */
    static final double LEADING = 1.14;

    TitleLayout {
        lines = List.copyOf(lines);
    }

    static TitleLayout fit(String title, FontRenderContext frc, double width, double height) {
        for (int size = LARGEST; size >= SMALLEST; size -= STEP) {
            Font font = CardFont.SEMIBOLD.deriveFont((float) size);
            List<String> lines = TextFit.wrap(title, font, frc, width);
            if (lines.size() <= linesThatFit(size, height)) {
                return new TitleLayout(font, lines, false);
            }
        }
        Font font = CardFont.SEMIBOLD.deriveFont((float) SMALLEST);
        List<String> lines = TextFit.wrap(title, font, frc, width);
        int kept = linesThatFit(SMALLEST, height);
        List<String> shown = new ArrayList<>(lines.subList(0, kept));
        shown.set(kept - 1, TextFit.ellipsize(shown.get(kept - 1), font, frc, width));
        return new TitleLayout(font, shown, true);
    }

    /** The distance from one baseline to the next. */
    double lineHeight() {
        return font.getSize2D() * LEADING;
    }

    private static int linesThatFit(int size, double height) {
        return Math.max(1, Math.min(MAX_LINES, (int) (height / (size * LEADING))));
    }
}
