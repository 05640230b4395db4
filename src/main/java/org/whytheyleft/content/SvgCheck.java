package org.whytheyleft.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.SafeXml;
import org.whytheyleft.core.Shown;

/**
 * Refuses an SVG image under {@code content/} that could act when a reader opens it: an SVG opened on its own runs
 * with the site's origin, so a {@code <script>}, an event handler or embedded HTML ({@code <foreignObject>}) would
 * run as the site. It may refer only to its own parts ({@code #id}), never to another file or host. The file is
 * read as XML with no DOCTYPE, no external entities and no DTD loading, so reading it cannot fetch anything.
 */
final class SvgCheck {

    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("(?i)url\\(\\s*+['\"]?+\\s*+(?!#)|@import");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)(java|vb)script:|data:");
    /** A raster picture embedded in the file itself, as drawing programs save them: it cannot run or load. */
    private static final Pattern EMBEDDED_RASTER = Pattern.compile("(?i)data:image/(png|jpeg|gif|webp);base64,"
            + "[A-Za-z0-9+/=]*");
    private static final String FIX_EXPORT = "remove it in your drawing program, or export the image as PNG.";

    List<Problem> check(Path file, Path shown) {
        Findings findings = new Findings(shown);
        try (InputStream in = Files.newInputStream(file)) {
            SafeXml.parser().parse(in, findings);
        } catch (SAXParseException e) {
            String why = String.valueOf(e.getMessage()).contains("DOCTYPE") ? "it has a DOCTYPE, which can load"
                    + " other files" : "it is not well-formed XML: " + Shown.cut(String.valueOf(e.getMessage()));
            findings.problems.add(new Problem(shown, Math.max(0, e.getLineNumber()), "cannot be read as a plain SVG"
                    + " image, because " + why + ".", "save it again as plain SVG, without a DOCTYPE or"
                    + " entities, or export the image as PNG."));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            findings.problems.add(Problem.ofFile(shown, "cannot be read (" + e.getClass().getSimpleName() + ").",
                    "check that the file exists and that you may read it."));
        }
        return findings.problems;
    }

    /** Collects what the image must not contain, element by element, with the line of each. */
    private static final class Findings extends DefaultHandler {

        private final Path shown;
        private final List<Problem> problems = new ArrayList<>();
        private Locator locator;
        private boolean inStyle;

        Findings(Path shown) {
            this.shown = shown;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.toLowerCase(Locale.ROOT);
            inStyle = name.equals("style");
            if (name.equals("script")) {
                add("has a <script>, which would run as the site when the image is opened.", FIX_EXPORT);
            } else if (name.equals("foreignobject") || name.equals("iframe") || name.equals("embed")
                    || name.equals("object")) {
                add("embeds other content (<" + localName + ">), which could run as the site.", FIX_EXPORT);
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                checkAttribute(localName, attributes.getLocalName(i), attributes.getValue(i));
            }
        }

        private void checkAttribute(String element, String attribute, String value) {
            String name = attribute.toLowerCase(Locale.ROOT);
            String compact = value.replaceAll("[\\x00-\\x20\\x7f]", "");
            if (name.startsWith("on")) {
                add("has an event handler " + attribute + " on <" + element + ">, which runs script.", FIX_EXPORT);
            } else if (name.equals("href") && !compact.startsWith("#") && !EMBEDDED_RASTER.matcher(compact).matches()) {
                add("refers to '" + Shown.cut(value) + "', outside the image.", "embed what it shows, or remove"
                        + " the reference: an SVG may refer only to its own parts (#id).");
            } else if (!name.equals("href")
                    && (OUTSIDE_REFERENCE.matcher(value).find() || SCRIPT_SCHEME.matcher(compact).find())) {
                add("has " + attribute + "='" + Shown.cut(value) + "', which refers outside the image.",
                        "refer only to the image's own parts, such as url(#gradient).");
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inStyle && OUTSIDE_REFERENCE.matcher(new String(ch, start, length)).find()) {
                add("has a <style> that loads from outside the image.", "remove url(...) and @import from the"
                        + " style, or refer only to the image's own parts, such as url(#gradient).");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            inStyle = false;
        }

        private void add(String message, String fix) {
            problems.add(new Problem(shown, locator == null ? 0 : locator.getLineNumber(), message, fix));
        }
    }
}
