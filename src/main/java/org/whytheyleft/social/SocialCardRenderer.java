package org.whytheyleft.social;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.whytheyleft.config.Direction;
import org.whytheyleft.core.SiteFiles;

/**
 * Draws the card that social networks show for a shared page: a 1200 x 630 PNG with an accent rule, the label,
 * the title set large (see {@link TitleLayout}) and the site name at the foot, in the site's colours.
 *
 * <p>The same {@link CardText} gives the same bytes on the same JDK; the font ships with the project and the
 * rendering hints are fixed, so other machines draw the same glyphs. The typefaces cover Latin, Greek, Cyrillic
 * and Arabic script; a character neither has would be drawn as an empty box, so the build refuses such a text before
 * any card is drawn ({@link CardGlyphs}). A card in a right-to-left language is set from the right edge: its lines
 * end at the right margin and wrap right to left. Stateless and safe to share between threads.
 */
public final class SocialCardRenderer {

    public static final int WIDTH = SiteFiles.CARD_WIDTH;
    public static final int HEIGHT = SiteFiles.CARD_HEIGHT;

    private static final int MARGIN = 80;
    static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int RULE_TOP = 76;
    private static final int ACCENT_RULE = 96;
    private static final int LABEL_BASELINE = 150;
    /** Where the title starts below a label, and where it moves up to when there is none. */
    private static final int TITLE_TOP = 200;
    private static final int TITLE_TOP_UNLABELLED = 136;
    private static final int FOOT_RULE_TOP = 516;
    private static final int TITLE_BOTTOM = FOOT_RULE_TOP - 36;
    private static final int SITE_NAME_BASELINE = 570;
    private static final float SMALL_TEXT = 28f;

    private static final Color PAPER = new Color(0xfbfaf7);
    private static final Color INK = new Color(0x1f1f1f);
    private static final Color MUTED = new Color(0x555555);
    private static final Color ACCENT = new Color(0x9b2915);
    private static final Color HAIRLINE = new Color(0xd6d1c4);

    // Greyscale antialiasing only: sub-pixel (LCD) text would tint the glyph edges for one kind of screen.
    private static final Map<RenderingHints.Key, Object> HINTS = Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY,
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    /** The card as PNG bytes. */
    public byte[] render(CardText text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHints(HINTS);
            draw(g, text);
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    private static void draw(Graphics2D g, CardText text) {
        FontRenderContext frc = g.getFontRenderContext();
        g.setColor(PAPER);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        Direction direction = text.direction();
        g.setColor(ACCENT);
        g.fillRect(direction.isRightToLeft() ? WIDTH - MARGIN - ACCENT_RULE : MARGIN, RULE_TOP, ACCENT_RULE, 8);

        Font small = CardFont.SEMIBOLD.deriveFont(SMALL_TEXT);
        if (text.label() != null) {
            g.setColor(MUTED);
            draw(g, TextFit.oneLine(text.label(), small, frc, TEXT_WIDTH), small, direction, LABEL_BASELINE);
        }

        int top = text.label() == null ? TITLE_TOP_UNLABELLED : TITLE_TOP;
        TitleLayout title = TitleLayout.fit(text.title(), frc, TEXT_WIDTH, TITLE_BOTTOM - top);
        g.setColor(INK);
        // Ascenders rise 0.73 of the size above the baseline in Source Serif 4: the tallest letters start just below top.
        float baseline = top + title.font().getSize2D() * 0.8f;
        for (String line : title.lines()) {
            draw(g, line, title.font(), direction, baseline);
            baseline += (float) title.lineHeight();
        }

        g.setColor(HAIRLINE);
        g.fillRect(MARGIN, FOOT_RULE_TOP, TEXT_WIDTH, 2);
        g.setColor(MUTED);
        draw(g, TextFit.oneLine(text.siteName(), small, frc, TEXT_WIDTH), small, direction, SITE_NAME_BASELINE);
    }

    /** One line at a baseline, from the left margin, or, in a right-to-left card, ending at the right margin. */
    private static void draw(Graphics2D g, String line, Font font, Direction direction, float baseline) {
        TextLayout layout = CardLine.layout(line, font, direction, g.getFontRenderContext());
        float x = direction.isRightToLeft() ? WIDTH - MARGIN - layout.getAdvance() : MARGIN;
        layout.draw(g, x, baseline);
    }
}
