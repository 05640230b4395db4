package org.whytheyleft.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.whytheyleft.config.Direction;
import org.whytheyleft.core.FileCache;

/**
 * Leaflets laid out by earlier builds, each filed by its HTML, date and direction and by what lays it out (the
 * classes of this package, the fonts, the openhtmltopdf, PDFBox and bidi jars, the JDK): laying out a PDF is the
 * slowest step of a small site's build, and its bytes depend on nothing else.
 */
final class PdfCache {

    /** Lays out a PDF. */
    @FunctionalInterface
    interface Layout {
        byte[] render(String html, LocalDate date, Direction direction) throws IOException;
    }

    private static final List<String> LAID_OUT_BY = List.of("TaggedPdf.class", "LogicalText.class",
            "ReproduciblePdf.class", "NoSystemFonts.class", "PdfCache.class", "fonts/SourceSerif4-Regular.ttf",
            "/org/whytheyleft/social/fonts/SourceSerif4-SemiBold.ttf", "fonts/NotoNaskhArabic-Regular.ttf",
            "/org/whytheyleft/social/fonts/NotoNaskhArabic-SemiBold.ttf");
    private static final List<String> LIBRARIES = List.of("com/openhtmltopdf/pdfboxout/PdfRendererBuilder.class",
            "com/openhtmltopdf/layout/Layer.class", "org/apache/pdfbox/pdmodel/PDDocument.class",
            "org/apache/fontbox/ttf/TTFParser.class", "com/openhtmltopdf/bidi/support/ICUBidiReorderer.class");
    private static final String VERSION = FileCache.fingerprint(PdfCache.class, LAID_OUT_BY, LIBRARIES);

    private final FileCache files;
    private final Layout layout;

    /** @param dir where entries are kept; {@code null} for no cache, laying out every time */
    PdfCache(Path dir, Layout layout) {
        this.files = new FileCache(dir);
        this.layout = layout;
    }

    /** The PDF of {@code html} dated {@code date} in {@code direction}: from the cache, or laid out and kept. */
    byte[] get(String html, LocalDate date, Direction direction) throws IOException {
        return files.get(VERSION + "\n" + date + "\n" + direction + "\n" + html, "pdf",
                () -> layout.render(html, date, direction));
    }
}
