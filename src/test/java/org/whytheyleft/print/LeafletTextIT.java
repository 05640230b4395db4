package org.whytheyleft.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;

/**
 * The text a screen reader or a copy takes from each leaflet, read from its structure tree with PDFBox: every
 * heading and paragraph carries its words exactly as the HTML wrote them (the glyphs of shaped Arabic do not say
 * them), so the site's name, every reason's title in order, the recommendation and the help line are found as
 * printed, letter for letter, in every language.
 */
class LeafletTextIT {

    private static final Path PROJECT = RealSite.PROJECT;

    @Test
    void everyHeadingReasonTitleAndTheHelpLineReadAsPrintedInEveryLanguage() throws IOException {
        for (String lang : RealSite.languages()) {
            try (PDDocument pdf = Loader.loadPDF(LeafletIT.leaflet(lang).toFile())) {
                List<PDStructureElement> blocks = new ArrayList<>();
                collect(pdf.getDocumentCatalog().getStructureTreeRoot(), blocks);
                assertFalse(blocks.isEmpty(), lang + ": headings and paragraphs in the structure tree");
                for (PDStructureElement block : blocks) {
                    String text = block.getActualText();
                    assertTrue(text != null && !text.isBlank(), lang + ": a " + block.getStructureType()
                            + " says its words");
                    assertTrue(text.codePoints().noneMatch(LeafletTextIT::isShapingArtefact),
                            lang + ": letters, not presentation forms or kashidas: " + text);
                }
                assertEquals(List.of(RealSite.setting("site.name." + lang).orElseThrow()), texts(blocks, "H1"),
                        lang + ": the site's name");
                assertEquals(chapterTitles(lang), texts(blocks, "H3"), lang + ": every reason, in order");
                List<String> headings = texts(blocks, "H2");
                pages(lang).stream().filter(page -> page.value("key").equals("recommendation"))
                        .forEach(page -> assertTrue(headings.contains(page.value("title")),
                                lang + ": the recommendation's heading in " + headings));
                if (RealSite.setting("help.name." + lang).isPresent()) {
                    assertTrue(headings.contains(RealSite.bundle(lang).getProperty("help.title")),
                            lang + ": the help line's heading in " + headings);
                }
            }
        }
    }

    /** Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) and the tatweel the joining inserts. */
    private static boolean isShapingArtefact(int c) {
        return c == 0x0640 || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
    }

    private static List<String> texts(List<PDStructureElement> blocks, String type) {
        return blocks.stream().filter(block -> block.getStructureType().equals(type))
                .map(PDStructureElement::getActualText).toList();
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> blocks) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().matches("H[1-6]|P")) {
                    blocks.add(element);
                } else {
                    collect(element, blocks);
                }
            }
        }
    }

    private static List<String> chapterTitles(String lang) throws IOException {
        return pages(lang).stream().filter(page -> page.field("chapter").isPresent())
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.value("chapter")),
                        Integer.parseInt(b.value("chapter"))))
                .map(page -> page.value("title")).toList();
    }

    private static List<SourcePage> pages(String lang) throws IOException {
        return new ContentReader(PROJECT).read(PROJECT.resolve("content")).pages().stream()
                .filter(page -> page.isPublished() && page.value("lang").equals(lang)).toList();
    }
}
