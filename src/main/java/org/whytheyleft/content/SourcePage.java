package org.whytheyleft.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown page as the author wrote it: where it is, its header fields and its body.
 *
 * @param file       the path as shown to the author, relative to the project (e.g. {@code content/nl/over.md})
 * @param path       the path inside {@code content/}, with forward slashes (e.g. {@code nl/over.md})
 * @param header     the header fields by key, in the order written
 * @param body       the Markdown after the header, with {@code \n} line ends
 * @param bodyLine   the line number of the body's first line in the file, so body problems point at the right line
 */
public record SourcePage(Path file, String path, Map<String, HeaderField> header, String body, int bodyLine) {

    public Optional<String> field(String key) {
        HeaderField field = header.get(key);
        return field == null ? Optional.empty() : Optional.of(field.value());
    }

    /** The value of a field that the header check has already proven present. */
    public String value(String key) {
        return field(key).orElseThrow(() -> new IllegalStateException(path + " has no header field " + key));
    }

    /** The line of a header field, or 0 when it is missing. */
    public int lineOf(String key) {
        HeaderField field = header.get(key);
        return field == null ? 0 : field.line();
    }

    public boolean isPublished() {
        return "published".equals(field("status").orElse(""));
    }
}
