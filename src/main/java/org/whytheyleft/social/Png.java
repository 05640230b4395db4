package org.whytheyleft.social;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes the images the site draws as PNG: {@code TYPE_INT_RGB} as 8-bit truecolour, {@code TYPE_BYTE_BINARY}
 * (black 0, white 1) as 1-bit greyscale. The image data and nothing else (no time, no text chunks), so the same
 * image gives the same bytes. Rows are read straight from the image's buffer and deflated unfiltered at level
 * {@value #LEVEL}: the JDK's ImageIO writer copies a raster per row and tries every filter on each, which made
 * card encoding most of the build's time for a site of many pages. On the cards' flat paper with text, unfiltered
 * rows compress about as well as any filter (within a third of ImageIO's size) at a third of its time.
 * Thread-safe.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LEVEL = 6;

    private Png() {
    }

    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean binary = image.getType() == BufferedImage.TYPE_BYTE_BINARY
                && image.getColorModel().getPixelSize() == 1;
        if (!binary && image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("Only TYPE_INT_RGB and 1-bit TYPE_BYTE_BINARY images are encoded.");
        }
        int rowBytes = binary ? (width + 7) / 8 : 3 * width;
        Deflater deflater = new Deflater(LEVEL);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(rowBytes * height / 8);
        byte[] out = new byte[64 * 1024];
        // Each row is its filter type (0, none) followed by its bytes.
        byte[] row = new byte[rowBytes + 1];
        try {
            for (int y = 0; y < height; y++) {
                if (binary) {
                    binaryRow(image, y, row);
                } else {
                    rgbRow(image, y, row);
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    idat.write(out, 0, deflater.deflate(out));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.write(out, 0, deflater.deflate(out));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) (binary ? 1 : 8)).put((byte) (binary ? 0 : 2)).put((byte) 0).put((byte) 0)
                .put((byte) 0).array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void rgbRow(BufferedImage image, int y, byte[] row) {
        var sampleModel = (SinglePixelPackedSampleModel) image.getRaster().getSampleModel();
        var buffer = (DataBufferInt) image.getRaster().getDataBuffer();
        int[] pixels = buffer.getData();
        int start = buffer.getOffset() + y * sampleModel.getScanlineStride();
        for (int x = 0, i = 1; x < image.getWidth(); x++) {
            int rgb = pixels[start + x];
            row[i++] = (byte) (rgb >>> 16);
            row[i++] = (byte) (rgb >>> 8);
            row[i++] = (byte) rgb;
        }
    }

    private static void binaryRow(BufferedImage image, int y, byte[] row) {
        var sampleModel = (MultiPixelPackedSampleModel) image.getRaster().getSampleModel();
        var buffer = (DataBufferByte) image.getRaster().getDataBuffer();
        int start = buffer.getOffset() + y * sampleModel.getScanlineStride();
        System.arraycopy(buffer.getData(), start, row, 1, row.length - 1);
        int spare = (row.length - 1) * 8 - image.getWidth();
        if (spare > 0) {
            // Padding bits past the last pixel are whatever the buffer holds; clear them for stable bytes.
            row[row.length - 1] &= (byte) (0xff << spare);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
