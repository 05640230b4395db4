package org.whytheyleft.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.whytheyleft.core.FormatCharacters;
import org.whytheyleft.core.Problem;

/**
 * Turns a page file's bytes into text, or says on which line it cannot: a page over {@link #MAX_BYTES} (every
 * later step grows with a page's size, and no real page comes near it), bytes that are not UTF-8, and control
 * characters other than tab and line ends (a vertical tab from a word processor, NUL, ESC), which make the feeds
 * invalid XML and are invisible in an editor.
 */
final class PageText {

    /** The largest page accepted: about twenty times the longest page of the real site. */
    static final int MAX_BYTES = 1_000_000;

    private PageText() {
    }

    /** The text, or null after adding a problem. */
    static String decode(byte[] bytes, Path shown, List<Problem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.ofFile(shown, String.format(Locale.ROOT, "is %,d KB; a page may be at most %,d KB.",
                    bytes.length / 1000, MAX_BYTES / 1000), "split it into several pages, or move long material"
                    + " such as sources into a PDF beside it."));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(new Problem(shown, lineAt(bytes, in.position()), "is not valid UTF-8 text: this line has"
                    + " bytes of another encoding.", "save the file with UTF-8 encoding in your editor, and check"
                    + " the letters on this line."));
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return hasControlCharacters(text, shown, problems) ? null : text;
    }

    private static boolean hasControlCharacters(String text, Path shown, List<Problem> problems) {
        int line = 1;
        int lastReported = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (isForbidden(c) && line != lastReported) {
                problems.add(new Problem(shown, line, "has an invisible control character "
                        + String.format(Locale.ROOT, "[U+%04X]", (int) c) + ", which breaks the feeds.",
                        "delete it: retype the words around it, or paste them as plain text."));
                lastReported = line;
            }
        }
        return hasInvisibleFormatCharacters(text, shown, problems) | lastReported > 0;
    }

    /**
     * Every line with a refused format character, named with its column, so the author can find what is unseen;
     * each line of a page is prose, where isolates must be closed on their line.
     */
    private static boolean hasInvisibleFormatCharacters(String text, Path shown, List<Problem> problems) {
        boolean found = false;
        int line = 1;
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            end = end < 0 ? text.length() : end;
            Optional<FormatCharacters.Finding> finding = FormatCharacters.inProse(text.substring(lineStart, end));
            if (finding.isPresent()) {
                problems.add(new Problem(shown, line, "has " + finding.get().describe(), finding.get().fix()));
                found = true;
            }
            line++;
            lineStart = end + 1;
        }
        return found;
    }

    /** C0 and C1 control characters other than tab and line ends (a lone CR ends a line in old Mac files). */
    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
