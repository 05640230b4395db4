package org.whytheyleft.social;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * QR codes for print: black modules on white, error correction level Q (a quarter of the code may be smudged or
 * torn and it still reads) and the quiet zone of {@value #QUIET_ZONE} modules that the standard asks for around
 * it. The SVG scales for print; the PNG has {@value #PIXELS_PER_MODULE} px per module. Both are the same for the
 * same URL. Stateless and safe to share between threads.
 *
 * <p>The URL must be printable ASCII without spaces: percent-encode anything else first (as
 * {@link java.net.URI#toASCIIString()} does). Such a URL is stored as plain bytes, which every phone's reader
 * decodes without a character-set header.
 */
public final class QrCode {

    static final int QUIET_ZONE = 4;
    static final int PIXELS_PER_MODULE = 10;

    /** An SVG document: a white square and one black path, titled with the URL. */
    public String svg(String url) {
        ByteMatrix modules = encode(url);
        int side = modules.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < modules.getWidth() && modules.get(x + run, y) == 1) {
                    run++;
                }
                // One rectangle per run of dark modules keeps the path short.
                path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        int pixels = side * PIXELS_PER_MODULE;
        // Locale.ROOT: %d in the default locale of an Arabic or Persian machine would write Arabic-Indic digits.
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" \
                shape-rendering="crispEdges">
                <title>%s</title>
                <rect width="%d" height="%d" fill="#fff"/>
                <path fill="#000" d="%s"/>
                </svg>
                """, pixels, pixels, side, side, escape(url), side, side, path);
    }

    /** A black-and-white PNG, 1 bit per pixel. */
    public byte[] png(String url) {
        ByteMatrix modules = encode(url);
        int side = (modules.getWidth() + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, side, side);
            g.setColor(Color.BLACK);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y) == 1) {
                        g.fillRect((x + QUIET_ZONE) * PIXELS_PER_MODULE, (y + QUIET_ZONE) * PIXELS_PER_MODULE,
                                PIXELS_PER_MODULE, PIXELS_PER_MODULE);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    private static ByteMatrix encode(String url) {
        if (url == null || url.isEmpty() || !url.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("Not a printable ASCII URL without spaces: " + url);
        }
        try {
            return Encoder.encode(url, ErrorCorrectionLevel.Q, Map.of()).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code at level Q: " + url, e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
