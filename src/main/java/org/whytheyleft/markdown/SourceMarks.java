package org.whytheyleft.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Notes, while a body renders, where in the HTML each raw HTML node, paragraph, heading, link and image begins and
 * which source offset it came from, so that a problem found in the rendered HTML can name the line the author
 * wrote. Raw HTML is copied as written, so lines inside it are exact; other nodes give the line they start on.
 */
final class SourceMarks implements HtmlRenderer.HtmlRendererExtension {

    /** Where one node's HTML starts and ends in the output, the node's source offset, and whether it is raw HTML. */
    record Mark(int htmlStart, int htmlEnd, int sourceOffset, boolean raw) {
    }

    /** The marks of one document, in output order; {@link MarkdownRenderer#parse} gives each document its list. */
    static final DataKey<List<Mark>> MARKS = new DataKey<>("SOURCE_MARKS", List.of());

    private static final Set<Class<? extends Node>> MARKED = Set.of(HtmlBlock.class, HtmlInline.class,
            Paragraph.class, Heading.class, Link.class, LinkRef.class, Image.class, ImageRef.class, AutoLink.class,
            MailLink.class);

    static SourceMarks create() {
        return new SourceMarks();
    }

    /** A fresh, empty list of marks for a document about to be rendered. */
    static void prepare(Document document) {
        document.set(MARKS, new ArrayList<>());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Recorder());
    }

    private static final class Recorder implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> handlers = new java.util.HashSet<>();
            for (Class<? extends Node> type : MARKED) {
                handlers.add(new NodeRenderingHandler<>(type, this::record));
            }
            return handlers;
        }

        private void record(Node node, NodeRendererContext context, HtmlWriter html) {
            List<Mark> marks = MARKS.get(context.getDocument());
            if (!(marks instanceof ArrayList)) {
                context.delegateRender();
                return;
            }
            // Kept in the order nodes start, so that an offset's innermost node is found by binary search.
            int index = marks.size();
            int start = html.offsetWithPending();
            marks.add(null);
            context.delegateRender();
            boolean raw = node instanceof HtmlBlock || node instanceof HtmlInline;
            marks.set(index, new Mark(start, html.offsetWithPending(), node.getStartOffset(), raw));
        }
    }
}
