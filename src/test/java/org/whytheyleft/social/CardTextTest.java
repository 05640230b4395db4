package org.whytheyleft.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CardTextTest {

    @Test
    void rejectsABlankTitleOrSiteName() {
        assertThrows(IllegalArgumentException.class, () -> new CardText(" ", null, "Site"));
        assertThrows(IllegalArgumentException.class, () -> new CardText("Title", null, "\t"));
        assertThrows(NullPointerException.class, () -> new CardText(null, null, "Site"));
    }

    @Test
    void stripsSurroundingWhiteSpace() {
        assertEquals(new CardText("Title", "Reason 2 of 4", "Site"),
                new CardText(" Title\n", " Reason 2 of 4 ", "Site "));
    }
}
