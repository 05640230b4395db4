package org.whytheyleft.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

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
