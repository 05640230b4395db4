package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void arabicHebrewPersianAndUrduRunRightToLeft() {
        for (String lang : new String[] {"ar", "he", "fa", "ur", "ar-MA"}) {
            assertEquals(Direction.RTL, Direction.of(lang), lang);
            assertEquals("rtl", Direction.of(lang).attribute());
        }
    }

    @Test
    void dutchEnglishAndTurkishRunLeftToRight() {
        for (String lang : new String[] {"nl", "en", "tr", "en-GB"}) {
            assertEquals(Direction.LTR, Direction.of(lang), lang);
            assertEquals("ltr", Direction.of(lang).attribute());
        }
    }

    @Test
    void aScriptSubtagDecidesOverTheLanguage() {
        assertEquals(Direction.RTL, Direction.of("az-Arab"));
        assertEquals(Direction.LTR, Direction.of("ku-Latn"));
    }
}
