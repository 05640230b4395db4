package org.whytheyleft.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.ParserConfigurationException;

import org.whytheyleft.core.FileNames;
import org.whytheyleft.core.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The size of each image under {@code content/}, in pixels, read once per build from the file's header (no picture
 * is decoded): pages write it as {@code width} and {@code height}, so that the text does not jump when a picture
 * arrives late on a slow connection. Safe to use from several threads.
 */
final class ImageFiles {

    /** The most an image may weigh: a reader on a slow or metered connection pays for every byte. */
    static final long BUDGET_BYTES = 250 * 1024;

    /** An image's size in CSS pixels. */
    record Size(int width, int height) {
    }

    private static final Pattern LENGTH = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "\\s*-?[\\d.]+[\\s,]+-?[\\d.]+[\\s,]+(\\d+(?:\\.\\d+)?)[\\s,]+(\\d+(?:\\.\\d+)?)\\s*");

    private final Path contentDir;
    private final Map<String, Optional<Size>> sizes = new ConcurrentHashMap<>();
    /** SVG files that are not well-formed XML: the content check reports those, with the cause. */
    private final Set<String> brokenSvg = ConcurrentHashMap.newKeySet();

    ImageFiles(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** The size of an image such as {@code img/kaart.png}, or empty if its file does not say it. */
    Optional<Size> size(String contentPath) {
        return sizes.computeIfAbsent(contentPath, this::read);
    }

    /** Whether the image is an SVG file that cannot be read as XML at all, which another check reports. */
    boolean isBrokenSvg(String contentPath) {
        size(contentPath);
        return brokenSvg.contains(contentPath);
    }

    long bytes(String contentPath) throws IOException {
        return Files.size(contentDir.resolve(contentPath));
    }

    private Optional<Size> read(String contentPath) {
        Path file = contentDir.resolve(contentPath);
        try {
            return FileNames.extension(contentPath).equals("svg") ? svg(file) : raster(file);
        } catch (SAXException e) {
            brokenSvg.add(contentPath);
            return Optional.empty();
        } catch (IOException | ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Size> raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        }
    }

    /** An SVG's size: its width and height in pixels, else its viewBox. */
    private static Optional<Size> svg(Path file) throws IOException, SAXException, ParserConfigurationException {
        RootSize root = new RootSize();
        try (InputStream in = Files.newInputStream(file)) {
            SafeXml.parser().parse(in, root);
        } catch (RootRead done) {
            // the root element is all this needs
        }
        return Optional.ofNullable(root.size);
    }

    /** Thrown after the root element, so that a large drawing is not read to its end. */
    private static final class RootRead extends SAXException {
    }

    private static final class RootSize extends DefaultHandler {

        private Size size;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            Matcher width = LENGTH.matcher(String.valueOf(attributes.getValue("width")));
            Matcher height = LENGTH.matcher(String.valueOf(attributes.getValue("height")));
            Matcher box = VIEW_BOX.matcher(String.valueOf(attributes.getValue("viewBox")));
            if (width.matches() && height.matches()) {
                size = new Size(pixels(width.group(1)), pixels(height.group(1)));
            } else if (box.matches()) {
                size = new Size(pixels(box.group(1)), pixels(box.group(2)));
            }
            throw new RootRead();
        }

        private static int pixels(String number) {
            return (int) Math.round(Double.parseDouble(number));
        }
    }
}
