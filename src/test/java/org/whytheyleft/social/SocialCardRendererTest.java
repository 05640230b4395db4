package org.whytheyleft.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.whytheyleft.config.Direction;

class SocialCardRendererTest {

    private static final String LONG_TITLE = "Wreedheid tegen medemoslims, corruptie, ongelijkheid en het gevoel verraden "
            + "te zijn: wat de overlopers zagen, wat ze hoorden, en waarom ze uiteindelijk niet langer konden blijven "
            + "in een staat die hun alles had beloofd en niets had gegeven, verteld in hun eigen woorden";

    private final SocialCardRenderer renderer = new SocialCardRenderer();

    @Test
    void rendersA1200By630Png() throws IOException {
        BufferedImage card = read(renderer.render(new CardText("Why they left IS", "Reason 2 of 4", "Why they left IS")));

        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertEquals(0xfbfaf7, card.getRGB(5, 5) & 0xffffff, "the background is the site's paper colour");
    }

    @Test
    void staysUnder150KilobytesWithALongTitleAndALabel() {
        byte[] png = renderer.render(new CardText(LONG_TITLE, "Reden 2 van 4", "Waarom ze IS verlieten"));

        assertTrue(png.length < 150 * 1024, png.length + " bytes");
    }

    @Test
    void rendersTheSameBytesForTheSameText() {
        CardText text = new CardText(LONG_TITLE, "Reden 2 van 4", "Waarom ze IS verlieten");

        assertArrayEquals(renderer.render(text), renderer.render(text));
    }

    @Test
    void writesNoChunksBeyondTheImageData() {
        byte[] png = renderer.render(new CardText("Why they left IS", null, "Why they left IS"));

        assertEquals(List.of("IHDR", "IDAT", "IEND"), chunkTypes(png).stream().distinct().toList());
    }

    @Test
    void drawsMarkupCharactersAsText() throws IOException {
        String title = "Foo & Bar <b> \"quoted\"";
        TitleLayout layout = fit(title, SocialCardRenderer.TEXT_WIDTH);

        assertEquals(List.of(title), layout.lines());
        assertTrue(TextFit.advance(title, layout.font(), frc()) > 0);
        BufferedImage card = read(renderer.render(new CardText(title, "<i>label</i> & \"more\"", "A & B <site>")));
        assertTrue(inkPixels(card, 80, 200, 1120, 460) > 1000, "the title is drawn below the label");
    }

    @Test
    void keepsAShortTitleAtTheLargestSizeOnOneLine() {
        TitleLayout layout = fit("Why they left IS", SocialCardRenderer.TEXT_WIDTH);

        assertEquals(TitleLayout.LARGEST, layout.font().getSize());
        assertEquals(List.of("Why they left IS"), layout.lines());
    }

    @Test
    void setsALongTitleSmallerOnAtMostFourLinesAndEndsItWithAnEllipsis() throws IOException {
        TitleLayout layout = fit(LONG_TITLE, SocialCardRenderer.TEXT_WIDTH);

        assertEquals(TitleLayout.SMALLEST, layout.font().getSize());
        assertEquals(TitleLayout.MAX_LINES, layout.lines().size());
        assertTrue(layout.cut());
        assertTrue(layout.lines().get(3).endsWith("\u2026"), layout.lines().get(3));
        for (String line : layout.lines()) {
            assertTrue(TextFit.advance(line, layout.font(), frc()) <= SocialCardRenderer.TEXT_WIDTH, line);
        }
        assertEquals(1200, read(renderer.render(new CardText(LONG_TITLE, null, "Why they left IS"))).getWidth());
    }

    @Test
    void breaksAWordLongerThanALineBetweenCharacters() {
        String word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
        TitleLayout layout = fit(word, 600);

        assertTrue(layout.lines().size() > 1);
        assertEquals(word, String.join("", layout.lines()));
        for (String line : layout.lines()) {
            assertTrue(TextFit.advance(line, layout.font(), frc()) <= 600, line);
        }
    }

    @Test
    void treatsABlankLabelAsNone() {
        assertNull(new CardText("Title", " ", "Site").label());
        assertArrayEquals(renderer.render(new CardText("Title", null, "Site")),
                renderer.render(new CardText("Title", "  ", "Site")));
    }

    private static final String ARABIC_TITLE = "الوحشية";
    private static final String ARABIC_SITE = "لماذا تركوا تنظيم الدولة";

    @Test
    void drawsAnArabicTitleFromTheRightEdge() throws IOException {
        BufferedImage card = read(renderer.render(new CardText(ARABIC_TITLE, "السبب 2 من 4", ARABIC_SITE,
                Direction.RTL)));

        int right = SocialCardRenderer.WIDTH - 80;
        int titleTop = 200;
        int titleBottom = 480;
        assertTrue(inkPixels(card, right - 300, titleTop, right, titleBottom) > 2000,
                "the title is drawn in the right-hand end of the text box");
        assertEquals(0, inkPixels(card, 80, titleTop, 80 + 400, titleBottom),
                "a short right-to-left title leaves the left of the box empty");
        assertTrue(inkPixels(card, right - 120, 76, right, 84) > 500, "the accent rule starts on the right");
    }

    @Test
    void hasAGlyphForEveryCharacterOfAnArabicTitle() {
        String title = "لماذا ترك 58 مقاتلًا «الدولة الإسلامية»؟ الفساد والعنصرية";

        for (int i = 0; i < title.length(); i = title.offsetByCodePoints(i, 1)) {
            int c = title.codePointAt(i);
            assertTrue(CardFont.SEMIBOLD.canDisplay(c) || CardFont.ARABIC_SEMIBOLD.canDisplay(c),
                    "a glyph for U+" + Integer.toHexString(c));
        }
        assertEquals(-1, CardFont.ARABIC_SEMIBOLD.canDisplayUpTo(title), "the Arabic font alone has every glyph");
    }

    @Test
    void joinsArabicLettersIntoTheirConnectedForms() {
        java.awt.Font font = CardFont.SEMIBOLD.deriveFont(76f);
        double joined = TextFit.advance(ARABIC_TITLE, font, frc());
        double apart = 0;
        for (char letter : ARABIC_TITLE.toCharArray()) {
            apart += TextFit.advance(String.valueOf(letter), font, frc());
        }

        assertTrue(joined > 0);
        assertTrue(joined < apart, "joined letters take less room than the same letters set alone: " + joined
                + " against " + apart);
    }

    @Test
    void rendersTheSameBytesForTheSameArabicTextAndOtherBytesTheOtherWayRound() {
        CardText rightToLeft = new CardText(ARABIC_TITLE, null, ARABIC_SITE, Direction.RTL);

        assertArrayEquals(renderer.render(rightToLeft), renderer.render(rightToLeft));
        assertFalse(Arrays.equals(renderer.render(rightToLeft),
                renderer.render(new CardText(ARABIC_TITLE, null, ARABIC_SITE, Direction.LTR))));
    }

    private static TitleLayout fit(String title, double width) {
        return TitleLayout.fit(title, frc(), width, 280);
    }

    /** The context the renderer measures in: antialiased, fractional metrics, no transform. */
    private static FontRenderContext frc() {
        return new FontRenderContext(null, true, true);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int inkPixels(BufferedImage image, int left, int top, int right, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if ((image.getRGB(x, y) & 0xff) < 0x80) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }
}
