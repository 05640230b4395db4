package org.whytheyleft.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.core.SiteFiles;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Writes {@code sitemap.xml}, listing the entry page and every page with its language versions as
 * {@code xhtml:link} alternates, and {@code robots.txt} naming it. Dates come from the pages, never from the clock.
 */
public final class Sitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final SiteModel site;
    private final SiteConfig config;

    public Sitemap(SiteModel site) {
        this.site = site;
        this.config = site.config();
    }

    public void writeInto(Path siteDir) throws IOException {
        XmlFile.write(siteDir.resolve(SiteFiles.SITEMAP), xml -> {
            xml.setDefaultNamespace(SITEMAP);
            xml.writeStartElement(SITEMAP, "urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            xml.writeCharacters("\n");
            entry(xml);
            for (SitePage page : site.pages()) {
                url(xml, page);
            }
            xml.writeEndElement();
        });
        Files.writeString(siteDir.resolve(SiteFiles.ROBOTS), "User-agent: *\nAllow: /\n\nSitemap: "
                + config.absolute(SiteFiles.SITEMAP) + "\n", StandardCharsets.UTF_8);
    }

    /** The bilingual entry page: the home page of every language is one of its versions. */
    private void entry(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        XmlFile.element(xml, SITEMAP, "loc", config.absolute(""));
        for (String lang : config.languages()) {
            var home = site.home(lang);
            if (home.isPresent()) {
                alternate(xml, lang, config.absolute(home.get().sitePath()));
            }
        }
        alternate(xml, "x-default", config.absolute(""));
        end(xml);
    }

    private void url(XMLStreamWriter xml, SitePage page) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        XmlFile.element(xml, SITEMAP, "loc", config.absolute(page.sitePath()));
        XmlFile.element(xml, SITEMAP, "lastmod", page.date().toString());
        for (String lang : config.languages()) {
            var version = site.counterpart(page, lang);
            if (version.isPresent()) {
                alternate(xml, lang, config.absolute(version.get().sitePath()));
            }
        }
        alternate(xml, "x-default", config.absolute(site.defaultVersion(page)));
        end(xml);
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void alternate(XMLStreamWriter xml, String lang, String href) throws XMLStreamException {
        xml.writeEmptyElement(XHTML, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", lang);
        xml.writeAttribute("href", href);
    }
}
