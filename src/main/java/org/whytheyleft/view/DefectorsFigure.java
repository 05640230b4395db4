package org.whytheyleft.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The figure of the home page: one mark for each of the 58 defectors whose public statements ICSR studied
 * (facts.md, "The study", S1). It shows that number and nothing more: the report gives no count per reason.
 */
public final class DefectorsFigure {

    /** The number of defectors whose statements ICSR studied. */
    public static final int DEFECTORS = 58;
    private static final int COLUMNS = 10;
    private static final int STEP = 24;
    private static final int RADIUS = 8;

    static final PageView.Figure FIGURE = layout(DEFECTORS);

    private DefectorsFigure() {
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
