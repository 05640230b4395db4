package org.whytheyleft.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a page is, as its header's {@code type=} says; each type has a template of the same name. */
public enum PageType {
    /** The opener of a language, at {@code content/<lang>/index.md}. */
    HOME,
    /** One of the numbered chapters, read in order. */
    CHAPTER,
    /** Any other page: sources, a glossary, about, a recommendation. */
    PAGE,
    /** The campaign kit: every page of the language, ready to share. */
    KIT;

    /** The value in a header, and the name of the template: {@code home}, {@code chapter}, {@code page}, {@code kit}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a header value names, or empty for a value that names none. */
    public static Optional<PageType> of(String id) {
        return Arrays.stream(values()).filter(type -> type.id().equals(id)).findFirst();
    }

    /** Every header value, in declaration order, for messages that list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(PageType::id).toList();
    }
}
