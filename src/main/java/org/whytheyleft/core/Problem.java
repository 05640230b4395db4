package org.whytheyleft.core;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One mistake in the input, told the way an author can act on it: the file, the line where known (0 when not),
 * what is wrong and how to fix it.
 */
public record Problem(Path file, int line, String message, String fix) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file().toString().replace('\\', '/'))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    /** A problem of the whole file rather than of one line. */
    public static Problem ofFile(Path file, String message, String fix) {
        return new Problem(file, 0, message, fix);
    }

    /** The one-line report: {@code content/nl/over.md:3: message. Fix: fix}. */
    public String describe() {
        String where = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
        return where + ": " + message + " Fix: " + fix;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
