package org.whytheyleft.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * Judges a rendered page body as a browser will parse it (jsoup's HTML5 parser), against {@link HtmlAllowlist}:
 * markup hidden from a check of the Markdown, inside {@code <xmp>}, {@code <noscript>}, a comment-like trick or
 * an entity-encoded address, is seen here as the reader's browser sees it. Each problem names the line of the
 * Markdown that wrote it, found through {@link SourceMarks}. Also refuses two elements with the same id, which
 * would make links to either place ambiguous, and a link whose host mixes scripts ({@link MixedScriptHost}).
 * Stateless and thread-safe.
 */
final class RenderedBodyCheck {

    /** The elements a parser adds around any body: allowed as long as the author did not write them. */
    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("#root", "html", "head", "body");

    /**
     * What the check found, and the ids of the body's elements, which links to {@code #anchors} on the page are
     * matched against: taken from the same parse, so a body is parsed once.
     */
    record Result(List<Problem> problems, Set<String> ids) {
    }

    private final SortedMap<String, List<String>> templateIds;

    /** @param templateIds the ids the templates write, each with the templates that write it */
    RenderedBodyCheck(Map<String, List<String>> templateIds) {
        this.templateIds = Collections.unmodifiableSortedMap(new TreeMap<>(templateIds));
    }

    Result check(SourcePage page, String html, List<SourceMarks.Mark> marks, LineIndex lines) {
        List<Problem> problems = new ArrayList<>();
        Lines where = new Lines(page, html, marks, lines);
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        Map<String, Integer> ids = new HashMap<>();
        Set<String> allIds = new HashSet<>();
        for (Element element : document.getAllElements()) {
            if (!element.id().isEmpty()) {
                allIds.add(element.id());
            }
            int offset = Math.max(0, Math.min(element.sourceRange().startPos(), html.length()));
            String tag = element.normalName();
            if (DOCUMENT_ELEMENTS.contains(tag)) {
                checkDocumentElement(page, where, offset, element, problems);
            } else if (!HtmlAllowlist.allowsElement(tag, where.isRaw(offset))) {
                problems.add(new Problem(page.file(), where.of(offset), "raw HTML <" + Shown.cut(tag)
                        + "> is not allowed in a page.", HtmlAllowlist.fixFor(tag)));
            } else {
                for (Attribute attribute : element.attributes()) {
                    checkAttribute(page, where, offset, tag, attribute, problems);
                }
                checkId(page, where, offset, element.id(), ids, problems);
                checkTaken(page, where, offset, element.id(), problems);
            }
        }
        return new Result(problems, allIds);
    }

    /** {@code <html>}, {@code <head>} or {@code <body>} written by the author, or given attributes. */
    private static void checkDocumentElement(SourcePage page, Lines where, int offset, Element element,
                                             List<Problem> problems) {
        boolean written = element.sourceRange().isTracked() && !element.sourceRange().isImplicit();
        if (written || element.attributesSize() > 0) {
            // A <body onload> is merged into the body the parser made first; its attribute knows the line.
            int at = written ? offset : element.attributes().asList().get(0).sourceRange().nameRange().startPos();
            problems.add(new Problem(page.file(), where.of(Math.max(0, at)), "raw HTML <" + element.normalName()
                    + "> is not allowed in a page.", "remove it: the template writes the page around the text."));
        }
    }

    private static void checkId(SourcePage page, Lines where, int offset, String id, Map<String, Integer> ids,
                                List<Problem> problems) {
        if (!id.isEmpty() && ids.putIfAbsent(id, offset) != null) {
            problems.add(new Problem(page.file(), where.of(offset), "the id '" + Shown.cut(id) + "' is given twice"
                    + " on this page (first on line " + where.of(ids.get(id)) + "), so links to it are ambiguous.",
                    "give one of the headings another id: ## Heading {#another-id}."));
        }
    }

    private void checkTaken(SourcePage page, Lines where, int offset, String id, List<Problem> problems) {
        List<String> writers = templateIds.get(id);
        if (writers != null) {
            String written = writers.get(0) + (writers.size() > 1 ? " and " + (writers.size() - 1) + " other"
                    + " templates write" : " writes");
            problems.add(new Problem(page.file(), where.of(offset), "the id '" + id + "' is taken: " + written
                    + " an element with that id on the page; the ids the templates use are "
                    + String.join(", ", templateIds.keySet()) + ".",
                    "give the heading another id: ## Heading {#another-id}."));
        }
    }

    private static void checkAttribute(SourcePage page, Lines where, int offset, String tag, Attribute attribute,
                                       List<Problem> problems) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        String message = null;
        String fix = null;
        if (!HtmlAllowlist.allowsAttribute(tag, name)) {
            message = "HTML attribute " + Shown.cut(name) + " on <" + tag + "> "
                    + (name.startsWith("on") ? "runs script." : "is not allowed in a page.");
            fix = "remove the attribute; the site's stylesheet does the styling.";
        } else if (name.equals("href") && !WrittenAddress.isAllowedLink(value)) {
            message = "link '" + Shown.cut(value) + "' uses a scheme that runs code or embeds data.";
            fix = "link to a page (.md) or an http(s) address.";
        } else if (name.equals("href") && MixedScriptHost.in(value).isPresent()) {
            message = "link '" + Shown.cut(value) + "' " + MixedScriptHost.in(value).get().what();
            fix = MixedScriptHost.FIX;
        } else if (name.equals("src") && !WrittenAddress.isInSite(value)) {
            message = "image '" + Shown.cut(value) + "' is not a file in content/.";
            fix = "save the image under content/ and give its relative path.";
        }
        if (message != null) {
            problems.add(new Problem(page.file(), where.of(offset), message, fix));
        }
    }

    /** Maps an offset in the rendered HTML to the line of the page file that produced it. */
    private static final class Lines {

        private final SourcePage page;
        private final LineIndex htmlLines;
        private final List<SourceMarks.Mark> marks;
        private final List<SourceMarks.Mark> raw;
        private final LineIndex lines;

        Lines(SourcePage page, String html, List<SourceMarks.Mark> marks, LineIndex lines) {
            this.page = page;
            this.htmlLines = new LineIndex(html);
            this.marks = marks;
            // Raw HTML nodes never nest, so the one holding an offset is the last that starts before it.
            this.raw = marks.stream().filter(SourceMarks.Mark::raw).toList();
            this.lines = lines;
        }

        int of(int htmlOffset) {
            SourceMarks.Mark holder = rawHolding(htmlOffset);
            if (holder != null) {
                // Raw HTML is copied as written, so its line ends are the author's.
                return page.bodyLine() + lines.lineOf(holder.sourceOffset()) + htmlLines.lineOf(htmlOffset)
                        - htmlLines.lineOf(holder.htmlStart());
            }
            int before = lastStartingAtOrBefore(marks, htmlOffset);
            return page.bodyLine() + (before < 0 ? 0 : lines.lineOf(marks.get(before).sourceOffset()));
        }

        boolean isRaw(int htmlOffset) {
            return rawHolding(htmlOffset) != null;
        }

        private SourceMarks.Mark rawHolding(int htmlOffset) {
            int at = lastStartingAtOrBefore(raw, htmlOffset);
            return at >= 0 && raw.get(at).htmlEnd() > htmlOffset ? raw.get(at) : null;
        }

        private static int lastStartingAtOrBefore(List<SourceMarks.Mark> sorted, int htmlOffset) {
            int low = 0;
            int high = sorted.size() - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (sorted.get(middle).htmlStart() <= htmlOffset) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found;
        }
    }
}
