package org.whytheyleft.feeds;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one XML file through the JDK's StAX writer, which escapes every text and attribute value. */
final class XmlFile {

    /** The body of an XML document, given a writer positioned after the XML declaration. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlFile() {
    }

    /** A child element holding only text, such as {@code <loc>…</loc>}. */
    static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static void write(Path file, Body body) throws IOException {
        Files.createDirectories(file.getParent());
        // Buffered: StAX writes token by token, which unbuffered is one system call each.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
