package org.whytheyleft.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;

/**
 * Limits on the size of what the Markdown reader sees at once, checked on the text before it is parsed. The reader
 * takes time that grows faster than the input on one long block (a paragraph of thousands of entities or backticks,
 * a table row of thousands of cells, a run of thousands of emphasis marks): a page must never hold the build for
 * minutes, and an author who pasted such a block should hear what is too big and where, not a guessed cause. The
 * limits are far above anything a reader would read: a long chapter's longest paragraph is under 1,500 characters.
 */
final class BlockLimits {

    /** Characters in one run of lines without a blank line: one paragraph, list, table or code block. */
    static final int MAX_BLOCK_CHARS = 10_000;
    /** Cells in one table row, as column separators on one line. */
    static final int MAX_CELLS = 100;
    /** One emphasis, code or strike-through mark repeated in a row. */
    static final int MAX_RUN = 200;

    private static final String RUN_MARKS = "*_~`";

    private BlockLimits() {
    }

    /** The problems of a page's body, each on the line where its block or run starts; empty when all is in bounds. */
    static List<Problem> check(SourcePage page) {
        List<Problem> problems = new ArrayList<>();
        String body = page.body();
        int lineNumber = 0;
        int blockStart = -1;
        int blockChars = 0;
        boolean wideRowSeen = false;
        int at = 0;
        while (at <= body.length()) {
            int end = body.indexOf('\n', at);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(at, end);
            if (line.isBlank()) {
                blockTooLong(page, blockStart, lineNumber - 1, blockChars, problems);
                blockStart = -1;
                blockChars = 0;
                wideRowSeen = false;
            } else {
                if (blockStart < 0) {
                    blockStart = lineNumber;
                }
                blockChars += line.length() + 1;
                // A table is one mistake however many of its rows are too wide: its first such row is named.
                wideRowSeen |= checkLine(page.file(), page.bodyLine() + lineNumber, line, !wideRowSeen, problems);
            }
            lineNumber++;
            at = end + 1;
        }
        blockTooLong(page, blockStart, lineNumber - 1, blockChars, problems);
        return problems;
    }

    private static void blockTooLong(SourcePage page, int first, int last, int chars, List<Problem> problems) {
        if (first >= 0 && chars > MAX_BLOCK_CHARS) {
            int from = page.bodyLine() + first;
            int to = page.bodyLine() + last;
            problems.add(new Problem(page.file(), from, "has a block of " + chars + " characters without a blank line"
                    + " (lines " + from + " to " + to + "); a paragraph, list, table or code block may have at most "
                    + String.format(Locale.ROOT, "%,d", MAX_BLOCK_CHARS) + ".",
                    "split it with blank lines into shorter paragraphs, or into several lists or tables."));
        }
    }

    /** @return whether the line is a row with too many cells */
    private static boolean checkLine(Path file, int line, String text, boolean reportCells, List<Problem> problems) {
        int pipes = 0;
        int longest = 0;
        char longestMark = 0;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|') {
                pipes++;
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (RUN_MARKS.indexOf(c) >= 0 && run > longest) {
                longest = run;
                longestMark = c;
            }
        }
        if (pipes > MAX_CELLS && reportCells) {
            problems.add(new Problem(file, line, "has " + pipes + " column separators '|'; a table row may have at"
                    + " most " + MAX_CELLS + " cells.",
                    "split the table into narrower ones, or write it as a list."));
        }
        if (longest > MAX_RUN) {
            problems.add(new Problem(file, line, "has " + longest + " '" + longestMark + "' in a row; at most "
                    + MAX_RUN + " may stand together.",
                    "remove the repeated marks; for a line across the page write --- on a line of its own."));
        }
        return pipes > MAX_CELLS;
    }
}
