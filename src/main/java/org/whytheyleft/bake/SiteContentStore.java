package org.whytheyleft.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * JBake's content store, placing each page as JBake's crawler hands it over: written where the site model
 * publishes it ({@code nl/over.md} as {@code nl/over/index.html}, {@code nl/index.md} as {@code nl/index.html},
 * which JBake's {@code uri.noExtension} cannot express for index pages), drafts never stored. Pages are stored as
 * already rendered, because {@link SitePagesRenderer} renders them from {@link #pages()} in one pass: JBake's own
 * document renderer would query every document of a type again for each page to find its neighbours, which the
 * site model already knows. Open for tests only, which count what a bake asks of the store.
 */
class SiteContentStore extends ContentStore {

    private final Path contentDir;
    private final SiteModel site;
    private final Map<String, DocumentModel> placed = new ConcurrentHashMap<>();

    SiteContentStore(JBakeConfiguration config, SiteModel site) {
        super(config.getDatabaseStore(), config.getDatabasePath());
        this.contentDir = config.getContentFolder().toPath().toAbsolutePath().normalize();
        this.site = site;
    }

    @Override
    public void addDocument(DocumentModel document) {
        if (!SiteTypes.PAGE_TYPES.contains(document.getType())) {
            super.addDocument(document);
            return;
        }
        String contentPath = contentDir.relativize(new File(document.getFile()).toPath().toAbsolutePath()
                .normalize()).toString().replace('\\', '/');
        var page = site.byContentPath(contentPath);
        if (page.isEmpty()) {
            return;
        }
        document.setUri(page.get().outputFile());
        document.setNoExtensionUri(page.get().sitePath());
        document.setRendered(true);
        placed.put(page.get().sitePath(), document);
        super.addDocument(document);
    }

    /** The stored pages, in the site model's order. */
    List<DocumentModel> pages() {
        List<DocumentModel> pages = new ArrayList<>();
        for (SitePage page : site.pages()) {
            DocumentModel document = placed.get(page.sitePath());
            if (document != null) {
                pages.add(document);
            }
        }
        return pages;
    }
}
