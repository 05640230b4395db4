package org.whytheyleft.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every heading and paragraph of a tagged PDF the words of its HTML element as {@code /ActualText}, so that
 * a screen reader, a search and a copy get the words as written. The glyphs alone do not say them: Arabic is set in
 * joined presentation forms, in visual order, with kashidas, and where two letters share a glyph (Arabic and
 * Persian yeh, ’ and ʼ) the font's map back to text can name only one of them, so an Arabic heading read from the
 * glyphs is not the heading printed. openhtmltopdf writes one structure element per block, in document order, so
 * the n-th heading or paragraph of the structure tree is the n-th of the HTML. Not thread-safe: one per document.
 */
final class LogicalText {

    private static final Set<String> BLOCKS = Set.of("H1", "H2", "H3", "H4", "H5", "H6", "P");
    private static final String HTML_BLOCKS = "h1, h2, h3, h4, h5, h6, p";
    /** The isolates and marks that order a line on paper, which a reader's search or copy should not carry. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u2066-\u2069\u200e\u200f\u061c]");

    private LogicalText() {
    }

    /**
     * @throws IllegalStateException when the structure tree does not have the HTML's headings and paragraphs, one
     *                               for one, so that no text can be matched to the wrong words
     */
    static void add(PDDocument pdf, Document html) {
        List<PDStructureElement> blocks = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), blocks);
        List<Element> elements = html.select(HTML_BLOCKS);
        if (blocks.size() != elements.size()) {
            throw new IllegalStateException("The tagged PDF has " + blocks.size() + " headings and paragraphs, its"
                    + " HTML " + elements.size() + ": their text cannot be matched.");
        }
        for (int i = 0; i < blocks.size(); i++) {
            String tag = elements.get(i).tagName();
            String type = blocks.get(i).getStructureType();
            if (!type.equalsIgnoreCase(tag)) {
                throw new IllegalStateException("The tagged PDF's " + (i + 1) + ". block is " + type
                        + ", its HTML's <" + tag + ">: their text cannot be matched.");
            }
            blocks.get(i).setActualText(INVISIBLE.matcher(elements.get(i).text()).replaceAll(""));
            String lang = elements.get(i).attr("lang");
            if (!lang.isBlank()) {
                blocks.get(i).setLanguage(lang);
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> blocks) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (BLOCKS.contains(element.getStructureType())) {
                    blocks.add(element);
                } else {
                    collect(element, blocks);
                }
            }
        }
    }
}
