package org.whytheyleft.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;

/**
 * How deep a parsed page nests its constructs (block quotes in block quotes, lists in lists, emphasis in emphasis),
 * measured without recursion so that the measure itself cannot run out of stack. The renderer and the checks after
 * it walk the tree recursively, and a reader loses the thread long before the limit: a page nests at most
 * {@value #MAX_DEPTH} levels, and one that nests more hears which construct does it and where.
 */
final class NestingDepth {

    static final int MAX_DEPTH = 48;

    private record Visit(Node node, int depth) {
    }

    private NestingDepth() {
    }

    /** The problem of a page nested deeper than {@value #MAX_DEPTH} levels, on the line where it goes too deep. */
    static Optional<Problem> check(SourcePage page, Document document, LineIndex lines) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(document, 0));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            int depth = visit.depth() + (nests(visit.node()) ? 1 : 0);
            if (depth > MAX_DEPTH) {
                int line = page.bodyLine() + lines.lineOf(visit.node().getStartOffset());
                return Optional.of(new Problem(page.file(), line, "nests " + mostRepeated(visit.node())
                        + " more than " + MAX_DEPTH + " levels deep; a page may nest at most " + MAX_DEPTH + ".",
                        "take the inner levels out: a few levels of quotes, lists or emphasis are all a reader can"
                                + " follow."));
            }
            for (Node child = visit.node().getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(new Visit(child, depth));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a node is a level of nesting as an author sees it: a list item is part of its list, a paragraph part
     * of what holds it, and the document is no level at all.
     */
    private static boolean nests(Node node) {
        return node.hasChildren() && !(node instanceof Document) && !(node instanceof Paragraph)
                && !(node instanceof ListItem);
    }

    /** The construct that makes up most of the levels above a node, as an author would call it. */
    private static String mostRepeated(Node deepest) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node node = deepest; node != null; node = node.getParent()) {
            if (nests(node)) {
                counts.merge(nameOf(node), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("its parts");
    }

    private static String nameOf(Node node) {
        if (node instanceof BlockQuote) {
            return "block quotes (>)";
        }
        if (node instanceof ListBlock) {
            return "lists";
        }
        if (node instanceof StrongEmphasis) {
            return "strong emphasis (**)";
        }
        if (node instanceof Emphasis) {
            return "emphasis (*)";
        }
        if (node instanceof Link || node instanceof LinkRef) {
            return "links";
        }
        // Other constructs by their class name in words: TableCell reads "table cell" elements.
        return node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT) + " elements";
    }
}
