package org.whytheyleft.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.logging.Level;

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

/**
 * Lays an HTML document out with openhtmltopdf and writes it as a tagged PDF (PDF/UA-1 mode: structure tree,
 * title shown, language from {@code <html lang>}), with its fonts embedded as subsets: Source Serif 4 Regular for
 * text (weight 400) and SemiBold (weight 600), the card font, both under the SIL Open Font License. Nothing is
 * loaded from outside the document but {@code data:} images, so the PDF is the same on every machine and no build
 * makes a request. Thread-safe.
 */
final class TaggedPdf {

    static final String FAMILY = "Source Serif 4";
    private static final String REGULAR = "/org/whytheyleft/print/fonts/SourceSerif4-Regular.ttf";
    private static final String SEMIBOLD = "/org/whytheyleft/social/fonts/SourceSerif4-SemiBold.ttf";

    static {
        FontMappers.set(new NoSystemFonts());
        // openhtmltopdf reports every step at INFO; the build reports what matters itself.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /**
     * @param html the document, which jsoup makes well-formed for openhtmltopdf
     * @param date the date the PDF is dated, for the same bytes from the same input
     */
    byte[] render(String html, LocalDate date) throws IOException {
        try (PDDocument document = new PDDocument();
             TrueTypeFont regular = font(REGULAR);
             TrueTypeFont semibold = font(SEMIBOLD)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
            builder.usePDDocument(document);
            builder.usePdfUaAccessibility(true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, semibold, true)), FAMILY, 600,
                    FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
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
    private static TrueTypeFont font(String resource) throws IOException {
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
