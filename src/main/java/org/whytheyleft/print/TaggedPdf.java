package org.whytheyleft.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.logging.Level;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.whytheyleft.config.Direction;

/**
 * Lays an HTML document out with openhtmltopdf and writes it as a tagged PDF (PDF/UA-1 mode: structure tree,
 * title shown, language from {@code <html lang>}), with its fonts embedded as subsets: Source Serif 4 Regular for
 * text (weight 400) and SemiBold (weight 600), the card font, and Noto Naskh Arabic Regular and SemiBold for Arabic
 * script, all under the SIL Open Font License; a right-to-left document is laid out right to left. Nothing is
 * loaded from outside the document but {@code data:} images, so the PDF is the same on every machine and no build
 * makes a request. Thread-safe.
 */
final class TaggedPdf {

    static final String FAMILY = "Source Serif 4";
    static final String REGULAR = "/org/whytheyleft/print/fonts/SourceSerif4-Regular.ttf";
    static final String SEMIBOLD = "/org/whytheyleft/social/fonts/SourceSerif4-SemiBold.ttf";
    static final String ARABIC_FAMILY = "Noto Naskh Arabic";
    static final String ARABIC_REGULAR = "/org/whytheyleft/print/fonts/NotoNaskhArabic-Regular.ttf";
    static final String ARABIC_SEMIBOLD = "/org/whytheyleft/social/fonts/NotoNaskhArabic-SemiBold.ttf";

    static {
        FontMappers.set(new NoSystemFonts());
        // openhtmltopdf reports every step at INFO; the build reports what matters itself.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /**
     * @param html the document, which jsoup makes well-formed for openhtmltopdf
     * @param date the date the PDF is dated, for the same bytes from the same input
     * @param direction the direction of the document's language, which its paragraphs take unless marked
     */
    byte[] render(String html, LocalDate date, Direction direction) throws IOException {
        try (PDDocument document = new PDDocument();
             TrueTypeFont regular = font(REGULAR);
             TrueTypeFont semibold = font(SEMIBOLD);
             TrueTypeFont arabicRegular = font(ARABIC_REGULAR);
             TrueTypeFont arabicSemibold = font(ARABIC_SEMIBOLD)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            org.jsoup.nodes.Document parsed = Jsoup.parse(html);
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), null);
            builder.usePDDocument(document);
            builder.usePdfUaAccessibility(true);
            // ICU orders mixed-direction lines and joins Arabic letters into the presentation forms the font maps;
            // without it openhtmltopdf sets Arabic left to right in unjoined letters.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(direction.isRightToLeft() ? BaseRendererBuilder.TextDirection.RTL
                    : BaseRendererBuilder.TextDirection.LTR);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, semibold, true)), FAMILY, 600,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, arabicRegular, true)), ARABIC_FAMILY,
                    400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, arabicSemibold, true)), ARABIC_FAMILY,
                    600, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                LogicalText.add(document, parsed);
                ReproduciblePdf.fix(document, date, sha256(html));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    /**
     * A font as PDFBox reads it, with its glyph substitutions off: PDFBox would set "ft" and "fi" as ligature
     * glyphs, which have no Unicode value, so "left" would be copied, searched and read aloud as "le".
     */
    static TrueTypeFont font(String resource) throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing from the classpath.");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
