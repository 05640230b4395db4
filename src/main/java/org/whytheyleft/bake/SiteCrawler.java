package org.whytheyleft.bake;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * JBake's crawler for a site that is already read and checked: hands JBake one document per published page of the
 * site model, with the header as written, the body {@code markdown.PageBodies} rendered, and the place the model
 * publishes it at ({@code nl/over.md} as {@code nl/over/index.html}, {@code nl/index.md} as {@code nl/index.html},
 * which JBake's {@code uri.noExtension} cannot express for index pages). JBake's own crawler would read, hash and
 * parse every file a second time. Drafts are not in the model, so they are never written. Documents are stored
 * as already rendered: {@link SitePagesRenderer} renders them, not JBake's document renderer.
 */
final class SiteCrawler extends Crawler {

    private final ContentStore db;
    private final Path contentDir;
    private final SiteModel site;
    private final Map<String, String> bodies;

    /** @param bodies the HTML body of each page by content path ({@code nl/over.md}) */
    SiteCrawler(ContentStore db, JBakeConfiguration config, SiteModel site, Map<String, String> bodies) {
        super(db, config);
        this.db = db;
        this.contentDir = config.getContentFolder().toPath().toAbsolutePath().normalize();
        this.site = site;
        this.bodies = bodies;
    }

    @Override
    public void crawl() {
        for (SitePage page : site.pages()) {
            db.addDocument(document(page));
        }
    }

    private DocumentModel document(SitePage page) {
        DocumentModel document = new DocumentModel();
        page.source().header().forEach((key, field) -> document.put(key, field.value()));
        String contentPath = page.source().path();
        document.setType(page.type().id());
        document.setStatus("published");
        document.setDate(Date.from(page.date().atStartOfDay(ZoneOffset.UTC)
                .toInstant()));
        document.setBody(bodies.get(contentPath));
        document.setFile(contentDir.resolve(contentPath).toString());
        document.setSourceUri(contentPath);
        document.setUri(page.outputFile());
        document.setNoExtensionUri(page.sitePath());
        document.setRootPath(SiteModel.relative(page.sitePath(), "").replace("./", ""));
        // JBake's schema requires a hash; it only serves incremental bakes, which the site does not use.
        document.setSha1("");
        document.setCached(true);
        document.setRendered(true);
        return document;
    }
}
