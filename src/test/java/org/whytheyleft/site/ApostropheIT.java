package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;

/**
 * One apostrophe wherever a reader sees text: the pages set ’ (the Markdown renderer's typography), so the texts
 * of the message bundles and of the campaign's settings that the templates print beside them, in pages, link
 * previews, feeds, leaflets and offline editions, must not bring a typewriter ' in. Code keeps what it shows.
 */
class ApostropheIT {

    private static final String TYPEWRITER = "'";
    /** Attributes a reader meets as text: read aloud, shown on hover, or in a link's preview. */
    private static final String READ_ATTRIBUTES = "[alt], [title], [aria-label], [placeholder]";

    @Test
    void theBundlesAndTheCampaignTextsHoldNoTypewriterApostrophe() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String lang : RealSite.languages()) {
            wrong.addAll(typewriterValues(BuiltSite.PROJECT.resolve("templates/messages/messages_" + lang
                    + ".properties")));
        }
        wrong.addAll(typewriterValues(BuiltSite.CONTENT.resolve("site.properties")));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPageOrOfflineEditionShowsATypewriterApostrophe() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> pages = BuiltSite.files(".html");
        assertTrue(pages.size() > 10, "the site has its pages");
        for (Path file : pages) {
            Document page = BuiltSite.parse(file);
            String name = BuiltSite.SITE.relativize(file).toString();
            for (TextNode text : page.selectXpath("//text()", TextNode.class)) {
                if (text.text().contains(TYPEWRITER) && !inCode(text)) {
                    wrong.add(name + ": \"" + text.text().strip() + "\"");
                }
            }
            for (Element element : page.select(READ_ATTRIBUTES + ", meta[name=description], meta[property^=og:],"
                    + " meta[name^=twitter:]")) {
                element.attributes().forEach(attribute -> {
                    if (List.of("alt", "title", "aria-label", "placeholder", "content").contains(attribute.getKey())
                            && attribute.getValue().contains(TYPEWRITER)) {
                        wrong.add(name + ": <" + element.tagName() + " " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\">");
                    }
                });
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noFeedShowsATypewriterApostrophe() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> feeds = BuiltSite.files(".xml").stream().filter(p -> p.getFileName().toString().equals("feed.xml")).toList();
        assertEquals(RealSite.languages().size(), feeds.size(), "a feed per language");
        for (Path file : feeds) {
            Document feed = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : feed.select("title, subtitle, summary, content, name")) {
                String shown = element.attr("type").equals("html") ? Jsoup.parse(element.text()).text()
                        : element.text();
                if (shown.contains(TYPEWRITER)) {
                    wrong.add(BuiltSite.SITE.relativize(file) + ": <" + element.tagName() + "> " + shown);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noLeafletPrintsATypewriterApostrophe() throws IOException {
        List<Path> leaflets = BuiltSite.files(".pdf");
        assertEquals(RealSite.languages().size(), leaflets.size(), "a leaflet per language");
        for (Path file : leaflets) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(!text.contains(TYPEWRITER), BuiltSite.SITE.relativize(file) + " prints ' in: "
                        + text.lines().filter(line -> line.contains(TYPEWRITER)).toList());
            }
        }
    }

    private static boolean inCode(TextNode text) {
        Element parent = (Element) text.parent();
        return parent != null && parent.closest("code, pre, kbd, samp, script, style") != null;
    }

    private static List<String> typewriterValues(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames().stream().sorted()
                .filter(key -> properties.getProperty(key).contains(TYPEWRITER))
                .map(key -> BuiltSite.PROJECT.relativize(file) + ": " + key + "=" + properties.getProperty(key))
                .toList();
    }
}
