package org.whytheyleft.social;

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
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Cards and QR codes drawn by earlier builds, under {@code target/}, each filed by a hash of what it shows and of the
 * code and font that draw it: a page whose title did not change gets the very bytes it had, without drawing. Any
 * change to the drawing classes, the font or the JDK gives new names, so an entry is never stale; entries are only
 * ever added, and {@code mvn clean} removes them all. Safe for concurrent use: entries are written whole, then
 * moved into place.
 */
final class ShareCache {

    /** What the bytes depend on besides their text: the classes that draw and encode them, the font, the JDK. */
    private static final List<String> DRAWN_BY = List.of("SocialCardRenderer.class", "TitleLayout.class",
            "TextFit.class", "CardFont.class", "CardLine.class", "Png.class", "QrCode.class",
            CardFont.RESOURCE, CardFont.ARABIC_RESOURCE);
    private static final String VERSION = version();

    private final Path dir;

    /** @param dir where entries are kept; {@code null} for no cache, drawing everything each time */
    ShareCache(Path dir) {
        this.dir = dir;
    }

    /** The bytes of {@code kind} showing {@code input}: from the cache, or made by {@code make} and kept. */
    byte[] get(String kind, String input, Supplier<byte[]> make) throws IOException {
        if (dir == null) {
            return make.get();
        }
        Path entry = dir.resolve(hash(VERSION + "\n" + kind + "\n" + input) + "." + kind);
        if (Files.isRegularFile(entry)) {
            return Files.readAllBytes(entry);
        }
        byte[] bytes = make.get();
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
            for (String resource : DRAWN_BY) {
                try (InputStream in = ShareCache.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException(resource + " is missing from the classpath.");
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }  catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
