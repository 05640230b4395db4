package org.whytheyleft.social;

/**
 * Which characters a social card can draw, asked of the very {@link java.awt.Font} objects the cards are set in:
 * a character is drawn when the Latin card font or the Arabic one has its glyph, the choice {@link CardLine} makes
 * for each character. Any other character is drawn as the font's empty box. Thread-safe.
 */
public final class CardGlyphs {

    private CardGlyphs() {
    }

    /** Whether a card font has a glyph for {@code codePoint}; loads the card fonts on the first call. */
    public static boolean draws(int codePoint) {
        return CardFont.SEMIBOLD.canDisplay(codePoint) || CardFont.ARABIC_SEMIBOLD.canDisplay(codePoint);
    }
}
