package org.whytheyleft.social;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;

import org.whytheyleft.config.Direction;

/**
 * One line of card text laid out by Java2D's {@link TextLayout}, which orders mixed left-to-right and right-to-left
 * text (the Unicode bidirectional algorithm) and joins Arabic letters into their connected forms. Each character is
 * set in the Latin card font when it has the glyph, else in the Arabic one: a title in Arabic with a Latin name in
 * it, or the entry card's names of every language, need both.
 */
final class CardLine {

    private CardLine() {
    }

    /**
     * @param text      one line, in reading order
     * @param font      the Latin card font at the size wanted; the Arabic font is used at the same size
     * @param direction which way the line runs: where it starts, and where neutral characters such as a closing
     *                  full stop go
     */
    static TextLayout layout(String text, Font font, Direction direction, FontRenderContext frc) {
        AttributedString styled = new AttributedString(text);
        Font arabic = CardFont.ARABIC_SEMIBOLD.deriveFont(font.getSize2D());
        int start = 0;
        while (start < text.length()) {
            Font chosen = fontFor(text.codePointAt(start), font, arabic);
            int end = start;
            while (end < text.length() && fontFor(text.codePointAt(end), font, arabic) == chosen) {
                end = text.offsetByCodePoints(end, 1);
            }
            styled.addAttribute(TextAttribute.FONT, chosen, start, end);
            start = end;
        }
        styled.addAttribute(TextAttribute.RUN_DIRECTION, direction.isRightToLeft()
                ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return new TextLayout(styled.getIterator(), frc);
    }

    /**
     * The Latin font for what it can show, the Arabic font for what only it can show; {@link CardGlyphs} says which
     * characters neither has, and the build refuses those before a card is drawn.
     */
    private static Font fontFor(int codePoint, Font latin, Font arabic) {
        return !latin.canDisplay(codePoint) && arabic.canDisplay(codePoint) ? arabic : latin;
    }
}
