package org.whytheyleft.feeds;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.core.SiteFiles;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Writes an Atom feed per language beside its home page ({@code nl/feed.xml}), with an entry per page in reading
 * order. Times are the pages' dates at midnight UTC, so the same content gives the same feed.
 */
public final class AtomFeeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final SiteModel site;
    private final SiteConfig config;
    private final Messages messages;

    public AtomFeeds(SiteModel site, Messages messages) {
        this.site = site;
        this.config = site.config();
        this.messages = messages;
    }

    public void writeInto(Path siteDir) throws IOException {
        for (String lang : config.languages()) {
            List<SitePage> pages = site.pages(lang);
            var home = site.home(lang);
            if (home.isEmpty()) {
                continue;
            }
            String homeUrl = config.absolute(home.get().sitePath());
            String self = config.absolute(home.get().sitePath() + SiteFiles.FEED);
            String updated = pages.stream().map(SitePage::date).max(Comparator.naturalOrder())
                    .map(LocalDate::toString).orElse("2000-01-01");
            XmlFile.write(siteDir.resolve(home.get().sitePath() + SiteFiles.FEED), xml -> {
                xml.setDefaultNamespace(ATOM);
                xml.writeStartElement(ATOM, "feed");
                xml.writeDefaultNamespace(ATOM);
                xml.writeAttribute("xml:lang", lang);
                xml.writeCharacters("\n");
                XmlFile.element(xml, ATOM, "title", messages.get(lang, "feed.title", config.name(lang)));
                XmlFile.element(xml, ATOM, "id", self);
                link(xml, "self", self, "application/atom+xml");
                link(xml, "alternate", homeUrl, "text/html");
                XmlFile.element(xml, ATOM, "updated", updated + "T00:00:00Z");
                xml.writeStartElement(ATOM, "author");
                XmlFile.element(xml, ATOM, "name", config.campaignName(lang));
                xml.writeEndElement();
                xml.writeCharacters("\n");
                for (SitePage page : pages) {
                    entry(xml, page);
                }
                xml.writeEndElement();
            });
        }
    }

    private void entry(XMLStreamWriter xml, SitePage page) throws XMLStreamException {
        String url = config.absolute(page.sitePath());
        xml.writeStartElement(ATOM, "entry");
        XmlFile.element(xml, ATOM, "title", page.title());
        link(xml, "alternate", url, "text/html");
        XmlFile.element(xml, ATOM, "id", url);
        XmlFile.element(xml, ATOM, "updated", page.date() + "T00:00:00Z");
        XmlFile.element(xml, ATOM, "summary", page.summary());
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
