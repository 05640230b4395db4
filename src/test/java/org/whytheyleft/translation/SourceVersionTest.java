package org.whytheyleft.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SourceVersionTest {

    private static final String BODY = "First paragraph of the page.\n\n## A heading {#anchor}\n\nThe *second*"
            + " paragraph, with a [link](other.md).\n";

    @Test
    void hashesTheBodyAndEachParagraphShortly() {
        SourceVersion version = SourceVersion.of(BODY);

        assertEquals(12, version.hash().length());
        assertEquals(3, version.paragraphs().size());
        version.paragraphHashes().forEach(hash -> assertEquals(8, hash.length()));
    }

    @Test
    void rewrappingOrCrlfLineEndsChangeNoHash() {
        String rewrapped = "First paragraph\n   of the page.\n\n\n## A heading {#anchor}\n\nThe *second*"
                + " paragraph,\nwith a [link](other.md).";

        assertEquals(SourceVersion.of(BODY), SourceVersion.of(rewrapped));
        assertEquals(SourceVersion.of(BODY).hash(), SourceVersion.of(BODY.replace("\n", "\r\n")).hash());
    }

    @Test
    void anEditedParagraphChangesOnlyItsOwnHash() {
        SourceVersion before = SourceVersion.of(BODY);
        SourceVersion after = SourceVersion.of(BODY.replace("second", "other"));

        assertNotEquals(before.hash(), after.hash());
        assertEquals(before.paragraphHashes().subList(0, 2), after.paragraphHashes().subList(0, 2));
        assertNotEquals(before.paragraphHashes().get(2), after.paragraphHashes().get(2));
    }

    @Test
    void namesAParagraphByItsFirstWordsWithoutMarkdown() {
        List<SourceVersion.Paragraph> paragraphs = SourceVersion.of(BODY + "\nOne two three four five six seven"
                + " eight nine ten.\n").paragraphs();

        assertEquals("First paragraph of the page.", paragraphs.get(0).firstWords());
        assertEquals("A heading", paragraphs.get(1).firstWords());
        assertEquals("The second paragraph, with a link.", paragraphs.get(2).firstWords());
        assertEquals("One two three four five six seven eight …", paragraphs.get(3).firstWords());
    }
}
