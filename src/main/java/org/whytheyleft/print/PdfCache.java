package org.whytheyleft.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.whytheyleft.config.Direction;

/**
 * Leaflets laid out by earlier builds, under {@code target/}, each filed by a hash of its HTML, its date and what lays
 * it out (the classes of this package, the fonts, the openhtmltopdf and PDFBox jars, the JDK): laying out a PDF is
 * the slowest step of a small site's build, and its bytes depend on nothing else. An entry is never stale, since
 * any change of input gives a new name; entries are only added, and {@code mvn clean} removes them. Safe for
 * concurrent use: an entry is written whole, then moved into place.
 */
final class PdfCache {

    /** Lays out a PDF. */
    @FunctionalInterface
    interface Layout {
        byte[] render(String html, LocalDate date, Direction direction) throws IOException;
    }

    private static final List<String> LAID_OUT_BY = List.of("TaggedPdf.class", "ReproduciblePdf.class",
            "NoSystemFonts.class", "PdfCache.class", "fonts/SourceSerif4-Regular.ttf",
            "/org/whytheyleft/social/fonts/SourceSerif4-SemiBold.ttf", "fonts/NotoNaskhArabic-Regular.ttf",
            "/org/whytheyleft/social/fonts/NotoNaskhArabic-SemiBold.ttf");
    private static final List<String> LIBRARIES = List.of("com/openhtmltopdf/pdfboxout/PdfRendererBuilder.class",
            "com/openhtmltopdf/layout/Layer.class", "org/apache/pdfbox/pdmodel/PDDocument.class",
            "org/apache/fontbox/ttf/TTFParser.class", "com/openhtmltopdf/bidi/support/ICUBidiReorderer.class");
    private static final String VERSION = version();

    private final Path dir;
    private final Layout layout;

    /** @param dir where entries are kept; {@code null} for no cache, laying out every time */
    PdfCache(Path dir, Layout layout) {
        this.dir = dir;
        this.layout = layout;
    }

    /** The PDF of {@code html} dated {@code date} in {@code direction}: from the cache, or laid out and kept. */
    byte[] get(String html, LocalDate date, Direction direction) throws IOException {
        if (dir == null) {
            return layout.render(html, date, direction);
        }
        Path entry = dir.resolve(hash(VERSION + "\n" + date + "\n" + direction + "\n" + html) + ".pdf");
        if (Files.isRegularFile(entry)) {
            return Files.readAllBytes(entry);
        }
        byte[] bytes = layout.render(html, date, direction);
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, ".entry-", ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
        }
        return bytes;
    }

    private static String version() {
        MessageDigest digest = sha256();
        digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
        // The libraries by where they are loaded from, which names their versions; found without loading them.
        for (String library : LIBRARIES) {
            digest.update(String.valueOf(PdfCache.class.getClassLoader().getResource(library))
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (String resource : LAID_OUT_BY) {
            try (InputStream in = PdfCache.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath.");
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 20);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
