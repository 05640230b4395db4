package org.whytheyleft.view;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The figure of a home page: one mark for each of the campaign's {@code figure.count} (people, places, cases),
 * in rows of ten. It shows that number and nothing more; the campaign's {@code figure.label} and
 * {@code figure.caption} say what is counted. No count, no figure.
 */
final class CountFigure {

    private static final int COLUMNS = 10;
    private static final int STEP = 24;
    private static final int RADIUS = 8;

    private CountFigure() {
    }

    /** The figure of the count, or null when the campaign set none. */
    static PageView.Figure of(OptionalInt count) {
        return count.isPresent() ? layout(count.getAsInt()) : null;
    }

    static PageView.Figure layout(int count) {
        List<PageView.Mark> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add(new PageView.Mark(STEP / 2 + (i % COLUMNS) * STEP, STEP / 2 + (i / COLUMNS) * STEP));
        }
        int rows = (count + COLUMNS - 1) / COLUMNS;
        return new PageView.Figure(count, COLUMNS * STEP, rows * STEP, RADIUS, List.copyOf(marks));
    }
}
