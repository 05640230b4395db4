package org.whytheyleft.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper without the machine's fonts. openhtmltopdf creates PDFBox's standard fonts as fallbacks
 * even when every text has an embedded font, and PDFBox's own mapper would then scan the system's fonts and write a
 * cache of them into the user's home folder: a build must write nothing outside {@code target/} and must not depend
 * on the fonts a machine has. Every font asked for is PDFBox's bundled Liberation Sans, which the leaflet never
 * shows: its text is in the embedded fonts of {@link TaggedPdf}.
 */
final class NoSystemFonts implements FontMapper {

    private static final String LAST_RESORT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont lastResort;

    NoSystemFonts() {
        try (InputStream in = FontMapper.class.getResourceAsStream(LAST_RESORT)) {
            if (in == null) {
                throw new IOException(LAST_RESORT + " is missing from PDFBox.");
            }
            lastResort = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(lastResort, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(lastResort, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, lastResort, true);
    }
}
