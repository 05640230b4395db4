package org.whytheyleft.social;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

import org.whytheyleft.config.Direction;

/** Measures text in a font and breaks it into lines of a given width; nothing here draws. */
final class TextFit {

    static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /**
     * The advance of {@code text}: how far the pen moves when it is drawn, as {@link CardLine} sets it (Arabic
     * letters joined and in the Arabic font). The same either way the line runs.
     */
    static double advance(String text, Font font, FontRenderContext frc) {
        return text.isEmpty() ? 0 : CardLine.layout(text, font, Direction.LTR, frc).getAdvance();
    }

    /**
     * Breaks {@code text} at spaces into lines no wider than {@code width}; runs of white space count as one space.
     * A word wider than a line on its own is broken between characters, as nothing else would make it fit.
     */
    static List<String> wrap(String text, Font font, FontRenderContext frc, double width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            for (String piece : pieces(word, font, frc, width)) {
                String joined = line.isEmpty() ? piece : line + " " + piece;
                if (!line.isEmpty() && advance(joined, font, frc) > width) {
                    lines.add(line);
                    line = piece;
                } else {
                    line = joined;
                }
            }
        }
        lines.add(line);
        return lines;
    }

    /**
     * {@code text} shortened until it fits {@code width} with an ellipsis after it: whole words are dropped first,
     * then characters when a single word is left; trailing punctuation is dropped so that the ellipsis follows a
     * letter.
     */
    static String ellipsize(String text, Font font, FontRenderContext frc, double width) {
        String kept = text.strip();
        while (!kept.isEmpty() && advance(kept + ELLIPSIS, font, frc) > width) {
            int space = kept.lastIndexOf(' ');
            kept = space > 0 ? kept.substring(0, space) : kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
            kept = kept.replaceFirst("[\\s\\p{Punct}]+$", "");
        }
        return kept + ELLIPSIS;
    }

    /** {@code text} on one line: as it is when it fits, else shortened with an ellipsis. */
    static String oneLine(String text, Font font, FontRenderContext frc, double width) {
        return advance(text, font, frc) <= width ? text : ellipsize(text, font, frc, width);
    }

    private static List<String> pieces(String word, Font font, FontRenderContext frc, double width) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.offsetByCodePoints(start, 1);
            while (end < word.length()
                    && advance(word.substring(start, word.offsetByCodePoints(end, 1)), font, frc) <= width) {
                end = word.offsetByCodePoints(end, 1);
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
