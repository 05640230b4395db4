package org.whytheyleft.social;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The typefaces of the cards, read from the project's resources rather than the system, so that every machine
 * draws the same card: Source Serif 4 SemiBold (SIL Open Font License, {@code fonts/OFL.txt}) for Latin, Greek and
 * Cyrillic, and Noto Naskh Arabic SemiBold (SIL Open Font License, {@code fonts/OFL-NotoNaskhArabic.txt}) for
 * Arabic script, which {@link CardLine} picks for each character the first lacks.
 */
final class CardFont {

    static final String RESOURCE = "fonts/SourceSerif4-SemiBold.ttf";
    static final String ARABIC_RESOURCE = "fonts/NotoNaskhArabic-SemiBold.ttf";

    /** At 1 pt; derive the size needed. Kerning and ligatures on, as in print. */
    static final Font SEMIBOLD = load(RESOURCE);

    /** At 1 pt, for the characters of Arabic script; Java2D joins its letters through the font's own tables. */
    static final Font ARABIC_SEMIBOLD = load(ARABIC_RESOURCE);

    private CardFont() {
    }

    private static Font load(String resource) {
        try (InputStream in = CardFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The card font " + resource + " is missing from the classpath.");
            }
            // Not registered with the GraphicsEnvironment: a font of the same name installed on the machine
            // must never stand in for it.
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            return font.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The card font " + resource + " is not a TrueType font.", e);
        }
    }
}
