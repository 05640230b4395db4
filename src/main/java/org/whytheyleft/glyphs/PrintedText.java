package org.whytheyleft.glyphs;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A text that a social card or a leaflet prints, with where its author wrote it.
 *
 * @param file    the file as shown to the author, such as {@code content/en/about.md}
 * @param line    the line it is written on, or 0 when not known
 * @param name    what it is, as a problem names it: {@code the title}, {@code site.name.en}, {@code message help.web}
 * @param text    the text as written
 * @param outputs what prints it; not empty
 */
record PrintedText(Path file, int line, String name, String text, Set<Output> outputs) {

    PrintedText {
        outputs = Collections.unmodifiableSet(EnumSet.copyOf(outputs));
    }
}
