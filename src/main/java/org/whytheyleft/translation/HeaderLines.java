package org.whytheyleft.translation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.whytheyleft.content.ContentReader;

/**
 * A page file's text with its header lines open to change, one field at a time: every other line, its line end
 * (LF, CRLF or CR, even mixed) and a byte order mark stay exactly as written, so a command that marks a page
 * changes nothing an author would see in a diff but the fields it names. Not thread-safe.
 */
final class HeaderLines {

    private static final String BOM = "\uFEFF";

    private final List<String> texts = new ArrayList<>();
    private final List<String> ends = new ArrayList<>();
    private int headerEnd;

    private HeaderLines(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int next = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                texts.add(text.substring(start, i));
                ends.add(text.substring(i, next));
                start = next;
                i = next - 1;
            }
        }
        if (start < text.length()) {
            texts.add(text.substring(start));
            ends.add("");
        }
        headerEnd = texts.indexOf(ContentReader.HEADER_END);
    }

    /** The page's lines, or empty when it has no line {@code ~~~~~~} that ends a header. */
    static Optional<HeaderLines> of(byte[] bytes) {
        HeaderLines lines = new HeaderLines(new String(bytes, StandardCharsets.UTF_8));
        return lines.headerEnd < 0 ? Optional.empty() : Optional.of(lines);
    }

    /** Sets a field on its own line, in place when the header has it, else as the header's last line. */
    void set(String key, String value) {
        int at = lineOf(key);
        if (at >= 0) {
            texts.set(at, (texts.get(at).startsWith(BOM) ? BOM : "") + key + "=" + value);
            return;
        }
        texts.add(headerEnd, key + "=" + value);
        ends.add(headerEnd, ends.get(headerEnd).isEmpty() ? "\n" : ends.get(headerEnd));
        headerEnd++;
    }

    /** Removes a field's line, when the header has it. */
    void remove(String key) {
        int at = lineOf(key);
        if (at >= 0) {
            if (texts.get(at).startsWith(BOM)) {
                texts.set(at + 1, BOM + texts.get(at + 1));
            }
            texts.remove(at);
            ends.remove(at);
            headerEnd--;
        }
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            text.append(texts.get(i)).append(ends.get(i));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int lineOf(String key) {
        for (int i = 0; i < headerEnd; i++) {
            String line = texts.get(i).replace(BOM, "");
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
