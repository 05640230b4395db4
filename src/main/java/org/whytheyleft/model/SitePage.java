package org.whytheyleft.model;

import java.time.LocalDate;

import org.whytheyleft.content.PageType;
import org.whytheyleft.content.SourcePage;

/**
 * A published page with its place in the site.
 *
 * @param source   the page as written
 * @param sitePath where it is published, relative to the site root, ending in {@code /} (the home of Dutch is
 *                 {@code nl/}); the file is {@code sitePath + "index.html"}
 * @param type     what the page is, which names its template
 * @param date     when the page was written, from its header
 * @param chapter  the chapter number, or 0 for pages that are not chapters
 * @param order    the place among plain pages in menus (lower first; 999 when not given)
 */
public record SitePage(SourcePage source, String sitePath, String lang, String key, PageType type,
                       LocalDate date, int chapter, int order) {

    /** The page a source with a valid header becomes: published at its path, numbered by its header. */
    public static SitePage from(SourcePage source) {
        return new SitePage(source, sitePathOf(source.path()), source.value("lang"), source.value("key"),
                PageType.of(source.value("type")).orElseThrow(), LocalDate.parse(source.value("date")),
                Integer.parseInt(source.field("chapter").orElse("0")),
                Integer.parseInt(source.field("order").orElse("999")));
    }

    public String title() {
        return source.value("title");
    }

    public String summary() {
        return source.value("summary");
    }

    public String share() {
        return source.value("share");
    }

    public boolean is(PageType kind) {
        return type == kind;
    }

    public boolean isChapter() {
        return chapter > 0;
    }

    /** The output file, as JBake names it. */
    public String outputFile() {
        return sitePath + "index.html";
    }

    /**
     * Where a content file is published: {@code nl/hoofdstukken/begin.md} at {@code nl/hoofdstukken/begin/}, and an
     * {@code index.md} at its folder, so that every URL ends in {@code /}.
     */
    public static String sitePathOf(String contentPath) {
        String withoutExtension = contentPath.substring(0, contentPath.length() - ".md".length());
        if (withoutExtension.equals("index")) {
            return "";
        }
        if (withoutExtension.endsWith("/index")) {
            return withoutExtension.substring(0, withoutExtension.length() - "index".length());
        }
        return withoutExtension + "/";
    }
}
