package org.whytheyleft.bake;

import java.nio.file.Path;
import java.util.Map;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md} files, handing JBake the body that {@code markdown.PageBodies} already
 * rendered and checked, so that no page is parsed twice. JBake still reads the header itself.
 */
final class PageBodyEngine extends MarkupEngine {

    private final Path contentDir;
    private final Map<String, String> bodies;

    PageBodyEngine(Path contentDir, Map<String, String> bodies) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.bodies = bodies;
    }

    @Override
    public void processBody(ParserContext context) {
        String contentPath = contentDir.relativize(context.getFile().toPath().toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        // Drafts have no rendered body; the crawler drops them before anything is written.
        context.setBody(bodies.getOrDefault(contentPath, ""));
    }
}
