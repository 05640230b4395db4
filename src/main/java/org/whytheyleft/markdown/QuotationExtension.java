package org.whytheyleft.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A block quote whose last paragraph starts with a dash names its source:
 * <pre>
 * > "Dit is onze straat."
 * >
 * > — een bewoner uit Utrecht
 * </pre>
 * It becomes {@code <figure class="quotation"><blockquote>…</blockquote><figcaption>— …</figcaption></figure>},
 * because HTML keeps the attribution outside the quoted words. Other block quotes render as usual.
 */
final class QuotationExtension implements HtmlRenderer.HtmlRendererExtension {

    private static final String DASHES = "—–";

    static QuotationExtension create() {
        return new QuotationExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
        }

        private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
            Node last = quote.getLastChild();
            boolean attributed = last instanceof Paragraph && last != quote.getFirstChild()
                    && DASHES.indexOf(last.getChars().trim().charAt(0)) >= 0;
            if (!attributed) {
                context.delegateRender();
                return;
            }
            html.attr("class", "quotation").withAttr().tagLine("figure");
            html.tagLine("blockquote");
            for (Node child = quote.getFirstChild(); child != last; child = child.getNext()) {
                context.render(child);
            }
            html.closeTag("blockquote").line();
            html.tag("figcaption");
            context.renderChildren(last);
            html.closeTag("figcaption").line();
            html.closeTag("figure").line();
        }
    }
}
