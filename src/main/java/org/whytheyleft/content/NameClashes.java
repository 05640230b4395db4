package org.whytheyleft.content;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.whytheyleft.core.Problem;

/**
 * Finds files under {@code content/} whose names differ only in case, or only in how an accented letter is encoded
 * (one {@code é}, or {@code e} plus a combining accent): checkouts on macOS and Windows merge them into one file,
 * so the site would depend on where it was built. Names are shown with every non-ASCII character as its code, so
 * that two names that look identical are visibly different.
 */
final class NameClashes {

    private NameClashes() {
    }

    /** @param files every file found, relative to {@code content/}, with forward slashes, sorted */
    static List<Problem> find(List<String> files) {
        Map<String, String> first = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String file : files) {
            String folded = Normalizer.normalize(file, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String earlier = first.putIfAbsent(folded, file);
            if (earlier == null) {
                continue;
            }
            boolean caseOnly = earlier.toLowerCase(Locale.ROOT).equals(file.toLowerCase(Locale.ROOT));
            problems.add(Problem.ofFile(Path.of("content", file), caseOnly
                    ? "has the same name as content/" + earlier + " apart from capitals; macOS and Windows treat"
                            + " them as one file."
                    : "looks the same as content/" + earlier + " but is written differently (" + visible(file)
                            + " and " + visible(earlier) + "); macOS and Windows treat them as one file.",
                    "rename or remove one of the two files."));
        }
        return problems;
    }

    /** The name with every character outside printable ASCII written as [U+XXXX]. */
    static String visible(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                shown.appendCodePoint(c);
            } else {
                shown.append(String.format(Locale.ROOT, "[U+%04X]", c));
            }
        });
        return shown.toString();
    }
}
