package org.whytheyleft.markdown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import org.whytheyleft.config.Direction;
import org.whytheyleft.model.SiteModel;

/**
 * Parses and renders page bodies with flexmark: tables, footnotes, heading ids (generated, or given as
 * {@code {#id}}), quotation marks of the page's language (Dutch „…”, English and Turkish “…”, Arabic, Persian and
 * Spanish «…»), and {@code dir} on runs in a language written the other way ({@link LanguageRuns}). Links to
 * {@code .md} files become relative links to the pages' URLs, so that the output works under any sub-path.
 * Thread-safe.
 */
public final class MarkdownRenderer {

    /** The content path of the page being rendered, so that its links resolve against it. */
    static final DataKey<String> PAGE_PATH = new DataKey<>("PAGE_PATH", "");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnoteExtension.create(),
            AttributesExtension.create(), TypographicExtension.create(), QuotationExtension.create(),
            SourceMarks.create(), LanguageSpans.create());

    /**
     * Quotation marks per language: double open, double close, single open, single close. Arabic and Persian open
     * with « in reading order; a right-to-left line shows it mirrored, pointing outward at the right, as their
     * print does. Spanish print uses «…» with “…” inside. A language not listed gets the English marks.
     */
    private static final Map<String, List<String>> QUOTES = Map.of(
            "nl", List.of("&bdquo;", "&rdquo;", "&sbquo;", "&rsquo;"),
            "en", List.of("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;"),
            "ar", List.of("&laquo;", "&raquo;", "&lsaquo;", "&rsaquo;"),
            "tr", List.of("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;"),
            "es", List.of("&laquo;", "&raquo;", "&ldquo;", "&rdquo;"),
            "fa", List.of("&laquo;", "&raquo;", "&lsaquo;", "&rsaquo;"));

    private final SiteModel site;
    private final ImageFiles images;
    private final Map<String, Flavour> flavours = new ConcurrentHashMap<>();

    private record Flavour(Parser parser, HtmlRenderer renderer) {
    }

    /** A renderer that writes no image sizes, for bodies without images. */
    public MarkdownRenderer(SiteModel site) {
        this(site, null);
    }

    /** @param images the sizes of the images under {@code content/}, written on every image; or null for none */
    MarkdownRenderer(SiteModel site, ImageFiles images) {
        this.site = site;
        this.images = images;
    }

    public Document parse(String markdown, String lang, String contentPath) {
        Document document = flavour(lang).parser().parse(markdown);
        document.set(PAGE_PATH, contentPath);
        SourceMarks.prepare(document);
        return document;
    }

    public String render(Document document, String lang) {
        return flavour(lang).renderer().render(document);
    }

    private Flavour flavour(String lang) {
        return flavours.computeIfAbsent(lang, this::createFlavour);
    }

    private Flavour createFlavour(String lang) {
        List<String> quotes = QUOTES.getOrDefault(lang, QUOTES.get("en"));
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, EXTENSIONS)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.get(0))
                .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.get(1))
                .set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.get(2))
                .set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.get(3))
                .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "&rsquo;")
                .toImmutable();
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).linkResolverFactory(new SiteLinks())
                .attributeProviderFactory(new OutsideLinks()).attributeProviderFactory(new ImageSizes())
                .attributeProviderFactory(new LanguageRuns(Direction.of(lang))).build();
        return new Flavour(parser, renderer);
    }

    /**
     * Links to other sites open without a handle on this page and without telling them where the reader came
     * from: a reader may be watched, and the page they read is nobody else's business.
     */
    private static final class OutsideLinks extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (part == AttributablePart.LINK && node instanceof LinkNode
                        && LinkTarget.resolve("", attributes.getValue("href")).kind() == LinkTarget.Kind.EXTERNAL
                        && !attributes.getValue("href").startsWith("mailto:")) {
                    attributes.replaceValue("rel", "noopener noreferrer");
                }
            };
        }
    }

    /**
     * Writes each image's width and height, so that the browser keeps the picture's room while it loads and the
     * text below it does not jump.
     */
    private final class ImageSizes extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            String from = PAGE_PATH.get(context.getDocument());
            return (node, part, attributes) -> {
                String address = node instanceof Image image ? image.getUrl().toString()
                        : node instanceof ImageRef ref && ref.isDefined()
                        ? ref.getReferenceNode(context.getDocument()).getUrl().toString() : null;
                LinkTarget target = address == null || images == null ? null : LinkTarget.resolve(from, address);
                if (target != null && target.kind() == LinkTarget.Kind.CONTENT && attributes.contains("src")) {
                    images.size(target.path()).ifPresent(size -> {
                        attributes.replaceValue("width", String.valueOf(size.width()));
                        attributes.replaceValue("height", String.valueOf(size.height()));
                    });
                }
            };
        }
    }

    /** Rewrites links to pages and media of {@code content/} into links relative to the current page. */
    private final class SiteLinks implements LinkResolverFactory {

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            String from = PAGE_PATH.get(context.getDocument());
            // A reference without a definition, such as [sic] in a quotation, is text, not a link to a file "sic".
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) ->
                    node instanceof RefNode ref && !ref.isDefined() ? link : resolve(from, link);
        }

        @Override
        public java.util.Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public java.util.Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        private ResolvedLink resolve(String from, ResolvedLink link) {
            LinkTarget target = LinkTarget.resolve(from, link.getUrl());
            String fromSitePath = site.byContentPath(from).map(p -> p.sitePath()).orElse("");
            String anchor = target.fragment().isEmpty() ? "" : "#" + target.fragment();
            return switch (target.kind()) {
                case SAME_PAGE -> link.withUrl(anchor).withStatus(LinkStatus.VALID);
                case CONTENT -> target.isPage()
                        ? site.byContentPath(target.path())
                            .map(page -> link.withUrl(SiteModel.relative(fromSitePath, page.sitePath()) + anchor))
                            .orElse(link)
                            .withStatus(LinkStatus.VALID)
                        : link.withUrl(SiteModel.relativeFile(fromSitePath, target.path())).withStatus(LinkStatus.VALID);
                default -> link;
            };
        }
    }

}
