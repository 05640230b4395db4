package org.whytheyleft.social;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.whytheyleft.core.FileCache;

/**
 * Cards and QR codes drawn by earlier builds, each filed by what it shows and by the code and fonts that draw it: a
 * page whose title did not change gets the very bytes it had, without drawing.
 */
final class ShareCache {

    /** What the bytes depend on besides their text: the classes that draw and encode them, the font, the JDK. */
    private static final List<String> DRAWN_BY = List.of("SocialCardRenderer.class", "TitleLayout.class",
            "TextFit.class", "CardFont.class", "CardLine.class", "Png.class", "QrCode.class",
            CardFont.RESOURCE, CardFont.ARABIC_RESOURCE);
    private static final String VERSION = FileCache.fingerprint(ShareCache.class, DRAWN_BY, List.of());

    private final FileCache files;

    /** @param dir where entries are kept; {@code null} for no cache, drawing everything each time */
    ShareCache(Path dir) {
        this.files = new FileCache(dir);
    }

    /** The bytes of {@code kind} showing {@code input}: from the cache, or made by {@code make} and kept. */
    byte[] get(String kind, String input, Supplier<byte[]> make) throws IOException {
        return files.get(VERSION + "\n" + kind + "\n" + input, kind, make::get);
    }
}
