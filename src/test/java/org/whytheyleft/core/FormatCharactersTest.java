package org.whytheyleft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatCharactersTest {

    @Test
    void letsProseKeepIsolatesClosedOnTheirLineAndTheJoinersPersianNeeds() {
        assertTrue(FormatCharacters.inProse("Het rapport \u2067\u0636\u062D\u0627\u064A\u0627\u2069 verscheen.")
                .isEmpty());
        assertTrue(FormatCharacters.inProse("\u2066a \u2067b\u2069 c\u2069").isEmpty(), "nested isolates");
        assertTrue(FormatCharacters.inProse("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u200F.").isEmpty());
    }

    @Test
    void refusesAnIsolateLeftOpenNamingTheFirstOneThatStaysOpen() {
        FormatCharacters.Finding found = FormatCharacters.inProse("a \u2068b \u2066c\u2069 d").orElseThrow();

        assertEquals(0x2068, found.codePoint());
        assertEquals(3, found.column());
        assertTrue(found.describe().contains("FIRST STRONG ISOLATE (U+2068) in column 3, which is not closed"));
    }

    @Test
    void refusesAClosingIsolateThatClosesNothing() {
        FormatCharacters.Finding found = FormatCharacters.inProse("ab\u2069 \u2066c\u2069").orElseThrow();

        assertEquals(0x2069, found.codePoint());
        assertEquals(3, found.column());
    }

    @Test
    void refusesOverridesAndBlankLettersInProseCountingColumnsInCharactersNotCodeUnits() {
        FormatCharacters.Finding found = FormatCharacters.inProse("\uD83D\uDE00 x\u202Ey").orElseThrow();

        assertEquals(0x202E, found.codePoint());
        assertEquals(4, found.column(), "the emoji before it is one character");
        assertEquals(0x3164, FormatCharacters.inProse("naam\u3164").orElseThrow().codePoint());
    }

    @Test
    void refusesEveryDirectionOrFormatCharacterInAnAddress() {
        for (String address : new String[] {"https://example.org/\u200Ea", "https://example.org/\u2066a\u2069",
                "https://exa\u200Cmple.org/", "+31\u061C 20", "https://example.org/\u00ADa"}) {
            assertTrue(FormatCharacters.inAddress(address).isPresent(), address);
        }
        assertTrue(FormatCharacters.inAddress("https://example.org/a?b=c#d").isEmpty());
    }

    @Test
    void leavesTheTextWithoutItsFormatCharactersForTheChecksThatFollow() {
        assertEquals("+31 20 123", FormatCharacters.without("\u2066+31 20 123\u2069"));
    }
}
