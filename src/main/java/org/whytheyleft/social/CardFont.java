package org.whytheyleft.social;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one typeface of the cards, Source Serif 4 SemiBold (SIL Open Font License, {@code fonts/OFL.txt}), read
 * from the project's resources rather than the system, so that every machine draws the same card.
 */
final class CardFont {

    private static final String RESOURCE = "fonts/SourceSerif4-SemiBold.ttf";

    /** At 1 pt; derive the size needed. Kerning and ligatures on, as in print. */
    static final Font SEMIBOLD = load();

    private CardFont() {
    }

    private static Font load() {
        try (InputStream in = CardFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The card font " + RESOURCE + " is missing from the classpath.");
            }
            // Not registered with the GraphicsEnvironment: a font of the same name installed on the machine
            // must never stand in for it.
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            return font.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The card font " + RESOURCE + " is not a TrueType font.", e);
        }
    }
}
