package org.whytheyleft.bake;

import java.io.File;
import java.nio.file.Path;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * JBake's crawler, followed by one correction: each page is written where the site model publishes it
 * ({@code nl/over.md} as {@code nl/over/index.html}, {@code nl/index.md} as {@code nl/index.html}), which JBake's
 * {@code uri.noExtension} cannot express for index pages; drafts are dropped so that they are never written.
 */
final class PageOutputCrawler extends Crawler {

    private final ContentStore db;
    private final Path contentDir;
    private final SiteModel site;

    PageOutputCrawler(ContentStore db, JBakeConfiguration config, SiteModel site) {
        super(db, config);
        this.db = db;
        this.contentDir = config.getContentFolder().toPath().toAbsolutePath().normalize();
        this.site = site;
    }

    @Override
    public void crawl() {
        super.crawl();
        for (String type : SiteTypes.PAGE_TYPES) {
            for (DocumentModel document : db.getAllContent(type)) {
                String contentPath = contentDir.relativize(new File(document.getFile()).toPath().toAbsolutePath()
                        .normalize()).toString().replace('\\', '/');
                db.deleteContent(document.getSourceuri());
                var page = site.byContentPath(contentPath);
                if (page.isPresent()) {
                    place(document, page.get());
                    db.addDocument(document);
                }
            }
        }
    }

    private static void place(DocumentModel document, SitePage page) {
        document.setUri(page.outputFile());
        document.setNoExtensionUri(page.sitePath());
    }
}
