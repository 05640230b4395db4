package org.whytheyleft.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A plain run in another language, written {@code [English words]{lang=en}} with no link, becomes
 * {@code <span lang="en">English words</span>}, so that a screen reader switches voice for it as it does for a
 * marked link or emphasis ({@code *title*{lang=en}}); {@link LanguageRuns} adds the {@code dir} where the language
 * runs the other way. Brackets followed by braces without {@code lang} stay as written, and so does a link.
 */
final class LanguageSpans implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static LanguageSpans create() {
        return new LanguageSpans();
    }

    /** The run between the brackets; the attributes that follow it are its own. */
    static final class Span extends Node {

        Span(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Wrapping());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** Before the attributes extension gives each {@code {…}} its owner: the span is the owner of its braces. */
    private static final class Wrapping extends NodePostProcessorFactory {

        Wrapping() {
            super(false);
            addNodes(AttributesNode.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(AttributesNodePostProcessor.Factory.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    wrap(state, (AttributesNode) node, document);
                }
            };
        }
    }

    /**
     * Brackets that no reference defines parse as a reference link to nothing, which renders as the bracketed
     * text; followed by a {@code lang}, the brackets become the span that carries it.
     */
    private static void wrap(NodeTracker state, AttributesNode attributes, Document document) {
        if (!hasLang(attributes) || !(attributes.getPrevious() instanceof LinkRef brackets)
                || brackets.getReferenceNode(Parser.REFERENCES.get(document)) != null) {
            return;
        }
        Span span = new Span(brackets.getChars());
        brackets.insertBefore(span);
        span.takeChildren(brackets);
        brackets.unlink();
        state.nodeRemoved(brackets);
        state.nodeAddedWithChildren(span);
    }

    private static boolean hasLang(AttributesNode attributes) {
        for (Node child : attributes.getChildren()) {
            if (child instanceof AttributeNode attribute && attribute.getName().toString().equals("lang")) {
                return true;
            }
        }
        return false;
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Span.class, Renderer::render));
        }

        private static void render(Span span, NodeRendererContext context, HtmlWriter html) {
            html.srcPos(span.getChars()).withAttr().tag("span");
            context.renderChildren(span);
            html.tag("/span");
        }
    }
}
