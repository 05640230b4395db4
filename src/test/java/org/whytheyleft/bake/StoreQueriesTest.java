package org.whytheyleft.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jbake.app.DocumentList;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.config.SiteConfigReader;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.markdown.PageBodies;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SiteModelBuilder;

/**
 * What a bake asks of JBake's content store, counted: rendering must not ask for every document of a type per
 * page (stock JBake's way of finding previous and next, which made a bake's time grow with the square of its pages).
 * Counts only, never times.
 */
class StoreQueriesTest {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();

    @Test
    void rendersEveryPageWithoutListingDocumentsPerPage(@TempDir Path out) throws Exception {
        SiteConfig config = new SiteConfigReader().read(PROJECT.resolve("content/site.properties"),
                Path.of("content/site.properties"), null).config();
        List<SourcePage> sources = new ContentReader(PROJECT).read(PROJECT.resolve("content")).pages();
        SiteModel site = new SiteModelBuilder(config).build(sources, Set.of()).model();
        Map<String, String> bodies = new PageBodies(PROJECT.resolve("content"), TemplateIds.read(PROJECT))
                .render(site, sources, Set.of()).html();
        Messages messages = Messages.read(PROJECT, PROJECT.resolve("templates"), config.languages(),
                config.texts()).messages();
        CountingStore[] made = new CountingStore[1];

        var failed = new Bake(PROJECT, jbake -> made[0] = new CountingStore(jbake))
                .into(out, site, bodies, messages, List.of());

        assertEquals(List.of(), failed);
        assertTrue(site.pages().size() > 10, "a site of several pages per language");
        for (var page : site.pages()) {
            assertTrue(Files.isRegularFile(out.resolve(page.outputFile())), page.outputFile() + " is written");
        }
        Map<String, Integer> calls = made[0].calls();
        assertEquals(0, calls.getOrDefault("getAllContent", 0), "all documents of a type are never listed");
        assertEquals(0, calls.getOrDefault("getPublishedContent", 0), "nor all published documents of a type");
        assertEquals(0, calls.getOrDefault("markContentAsRendered", 0), "no page is marked one by one");
        assertTrue(calls.getOrDefault("getUnrenderedContent", 0) <= 1, "JBake looks for unrendered pages once: "
                + calls);
    }

    @Test
    void answersJBakesQueriesFromMemoryWithoutADatabase(@TempDir Path out) throws Exception {
        SiteConfig config = new SiteConfigReader().read(PROJECT.resolve("content/site.properties"),
                Path.of("content/site.properties"), null).config();
        List<SourcePage> sources = new ContentReader(PROJECT).read(PROJECT.resolve("content")).pages();
        SiteModel site = new SiteModelBuilder(config).build(sources, Set.of()).model();
        Map<String, String> bodies = new PageBodies(PROJECT.resolve("content"), TemplateIds.read(PROJECT))
                .render(site, sources, Set.of()).html();
        Messages messages = Messages.read(PROJECT, PROJECT.resolve("templates"), config.languages(),
                config.texts()).messages();
        SiteContentStore[] made = new SiteContentStore[1];

        new Bake(PROJECT, jbake -> made[0] = new SiteContentStore(jbake)).into(out, site, bodies, messages, List.of());

        SiteContentStore store = made[0];
        long chapters = site.pages().stream().filter(page -> page.type().id().equals("chapter")).count();
        assertEquals(chapters, store.getPublishedCount("chapter"));
        assertEquals(site.pages().size(), store.pages().size(), "every page stored once");
        DocumentList<DocumentModel> listed = store.getAllContent("chapter");
        for (int i = 1; i < listed.size(); i++) {
            assertTrue(!listed.get(i).getDate().after(listed.get(i - 1).getDate()), "newest first, as JBake's");
        }
        assertEquals(0, store.getUnrenderedContent().size(), "pages are stored rendered");
        listed.get(0).setBody("changed");
        assertTrue(!"changed".equals(store.getAllContent("chapter").get(0).getBody()), "answers are copies");
    }

    /** JBake's queries for lists of documents and per-document updates, counted by method. */
    private static final class CountingStore extends SiteContentStore {

        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        CountingStore(JBakeConfiguration config) {
            super(config);
        }

        Map<String, Integer> calls() {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            calls.forEach((name, count) -> counts.put(name, count.get()));
            return counts;
        }

        private void count(String method) {
            calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
            count("getAllContent");
            return super.getAllContent(docType, applyPaging);
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType) {
            count("getAllContent");
            return super.getAllContent(docType);
        }

        @Override
        public DocumentList<DocumentModel> getPublishedContent(String docType) {
            count("getPublishedContent");
            return super.getPublishedContent(docType);
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            count("getUnrenderedContent");
            return super.getUnrenderedContent();
        }

        @Override
        public void markContentAsRendered(DocumentModel document) {
            count("markContentAsRendered");
            super.markContentAsRendered(document);
        }
    }
}
