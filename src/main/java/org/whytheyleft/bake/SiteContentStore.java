package org.whytheyleft.bake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, which also keeps the pages it stores in memory, in the order {@link SiteCrawler} hands them
 * over (the site model's), so that {@link SitePagesRenderer} renders them without querying: JBake's own document
 * renderer would query every document of a type again for each page to find its neighbours, which the site model
 * already knows. Open for tests only, which count what a bake asks of the store.
 */
class SiteContentStore extends ContentStore {

    private final List<DocumentModel> pages = Collections.synchronizedList(new ArrayList<>());

    SiteContentStore(JBakeConfiguration config) {
        super(config.getDatabaseStore(), config.getDatabasePath());
    }

    @Override
    public void addDocument(DocumentModel document) {
        if (SiteTypes.PAGE_TYPES.contains(document.getType())) {
            pages.add(document);
        }
        super.addDocument(document);
    }

    /** The pages stored, in the order they were stored. */
    List<DocumentModel> pages() {
        return List.copyOf(pages);
    }
}
