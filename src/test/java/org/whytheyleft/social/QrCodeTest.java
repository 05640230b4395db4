package org.whytheyleft.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class QrCodeTest {

    private static final String URL = "https://example.github.io/why-they-left/nl/redenen/wreedheid/";

    private final QrCode qr = new QrCode();

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", URL,
            "https://example.github.io/why-they-left/en/reasons/brutality/?from=print&copy=2#what-they-saw"})
    void pngReadsBackAsTheExactUrlAtLevelQ(String url) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.png(url)));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));

        var result = new QRCodeReader().decode(bitmap);

        assertEquals(url, result.getText());
        assertEquals("Q", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    void pngHasTenPixelsPerModuleInsideAFourModuleQuietZone() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.png(URL)));
        int quiet = QrCode.QUIET_ZONE * QrCode.PIXELS_PER_MODULE;

        assertEquals(0, image.getWidth() % QrCode.PIXELS_PER_MODULE);
        assertEquals(image.getWidth(), image.getHeight());
        for (int i = 0; i < image.getWidth(); i++) {
            for (int j = 0; j < quiet; j++) {
                assertEquals(0xffffff, image.getRGB(i, j) & 0xffffff, "top quiet zone at " + i + "," + j);
                assertEquals(0xffffff, image.getRGB(j, i) & 0xffffff, "left quiet zone at " + j + "," + i);
            }
        }
        assertEquals(0x000000, image.getRGB(quiet, quiet) & 0xffffff, "the finder pattern starts after it");
    }

    @Test
    void svgIsXmlWithAViewBoxAndTheUrlAsTitle() throws Exception {
        String url = "https://example.org/why-they-left/?a=1&b=<2>\"";
        Element svg = parse(qr.svg(url)).getDocumentElement();

        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        int side = Integer.parseInt(viewBox[2]);
        assertEquals("0 0 " + side + " " + side, svg.getAttribute("viewBox"));
        assertEquals(String.valueOf(side * QrCode.PIXELS_PER_MODULE), svg.getAttribute("width"));
        assertEquals(svg.getAttribute("width"), svg.getAttribute("height"));
        assertEquals(url, svg.getElementsByTagNameNS(svg.getNamespaceURI(), "title").item(0).getTextContent());
        assertEquals(1, svg.getElementsByTagNameNS(svg.getNamespaceURI(), "path").getLength());
    }

    @Test
    void svgAndPngShowTheSameNumberOfModules() throws Exception {
        Element svg = parse(qr.svg(URL)).getDocumentElement();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(qr.png(URL)));

        assertEquals(svg.getAttribute("width"), String.valueOf(png.getWidth()));
    }

    @Test
    void givesTheSameOutputForTheSameUrl() {
        assertArrayEquals(qr.png(URL), qr.png(URL));
        assertEquals(qr.svg(URL), qr.svg(URL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/café/", "https://example.org/a b", ""})
    void rejectsAUrlThatIsNotPrintableAscii(String url) {
        assertThrows(IllegalArgumentException.class, () -> qr.svg(url));
        assertThrows(IllegalArgumentException.class, () -> qr.png(url));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
