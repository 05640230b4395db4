package org.whytheyleft.bake;

import java.util.List;

import org.whytheyleft.content.PageType;

/** The JBake document types of the site's pages, which are the {@code type=} values of the content schema. */
final class SiteTypes {

    static final List<String> PAGE_TYPES = PageType.ids().stream().sorted().toList();

    private SiteTypes() {
    }
}
