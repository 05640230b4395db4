package org.whytheyleft.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Which characters the leaflet can print, asked of the font files {@link TaggedPdf} embeds, read the same way: a
 * character is printed when, in each of the two weights the leaflet sets (400 for text, 600 for headings), Source
 * Serif 4 or Noto Naskh Arabic maps it to a glyph. openhtmltopdf prints {@code #} for any other character.
 * Thread-safe.
 */
public final class LeafletGlyphs {

    private LeafletGlyphs() {
    }

    /** The character maps of the embedded fonts, read once, on the first question. */
    private static final class Maps {
        static final List<CmapLookup> REGULAR = List.of(read(TaggedPdf.REGULAR), read(TaggedPdf.ARABIC_REGULAR));
        static final List<CmapLookup> SEMIBOLD = List.of(read(TaggedPdf.SEMIBOLD), read(TaggedPdf.ARABIC_SEMIBOLD));

        /**
         * The font's Unicode character map, as PDFBox picks it to encode text (Windows UCS-4, else Windows BMP, else
         * Unicode), read without the glyph substitutions, which decide no coverage and take long to read.
         */
        private static CmapLookup read(String resource) {
            try (TrueTypeFont font = TaggedPdf.font(resource)) {
                CmapTable table = font.getCmap();
                CmapSubtable cmap = table.getSubtable(CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_FULL);
                if (cmap == null) {
                    cmap = table.getSubtable(CmapTable.PLATFORM_WINDOWS, CmapTable.ENCODING_WIN_UNICODE_BMP);
                }
                if (cmap == null) {
                    cmap = Arrays.stream(table.getCmaps()).filter(sub -> sub.getPlatformId()
                            == CmapTable.PLATFORM_UNICODE).findFirst().orElseThrow(() -> new IOException(resource
                            + " has no Unicode character map."));
                }
                return cmap;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether the leaflet's fonts of both weights have a glyph for {@code codePoint}. */
    public static boolean draws(int codePoint) {
        return Maps.REGULAR.stream().anyMatch(cmap -> cmap.getGlyphId(codePoint) > 0)
                && Maps.SEMIBOLD.stream().anyMatch(cmap -> cmap.getGlyphId(codePoint) > 0);
    }
}
