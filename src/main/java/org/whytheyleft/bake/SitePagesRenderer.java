package org.whytheyleft.bake;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.whytheyleft.core.Parallel;

/**
 * JBake's rendering step for the site's pages, registered in {@code META-INF/services}: renders every page that
 * {@link SiteContentStore} keeps, from memory, on every core, without asking the store for anything. Pages already
 * know their neighbours from the site model, so nothing is queried per page. Does nothing in a bake whose store is
 * not a {@link SiteContentStore}, where JBake's own renderers do the work.
 */
public final class SitePagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof SiteContentStore store)) {
            return 0;
        }
        List<DocumentModel> pages = store.pages();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        try {
            Parallel.forEach(pages, page -> {
                try {
                    renderer.render(page);
                } catch (Exception e) {
                    errors.add(e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render " + errors.size() + " pages: " + errors.get(0));
        }
        return pages.size();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, (JBakeConfiguration) null);
    }
}
