package org.whytheyleft.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * JBake's content store, kept in memory: the documents {@link SiteCrawler} hands over, in the site model's order,
 * answering JBake's queries as its OrientDB store would (a type's documents newest first, published ones, by source
 * URI, tags) without starting a database, which every bake used to create, fill and drop for nothing to read
 * twice. {@link SitePagesRenderer} renders the pages from {@link #pages()} without querying. Open for tests only,
 * which count what a bake asks of the store. Safe for the renderers' threads.
 */
class SiteContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(DocumentModel::getDate,
            Comparator.nullsLast(Comparator.<Date>reverseOrder()));
    private static final Predicate<DocumentModel> PUBLISHED = document -> "published".equals(document.getStatus());

    private final List<DocumentModel> documents = Collections.synchronizedList(new ArrayList<>());

    SiteContentStore(JBakeConfiguration config) {
        super(config.getDatabaseStore(), config.getDatabasePath());
    }

    @Override
    public void startup() {
        NoDatabase.install(this);
    }

    /** Every bake starts with an empty store: there is no cache to clear. */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    }

    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void drop() {
        documents.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
    }

    /** The pages stored, in the order they were stored. */
    List<DocumentModel> pages() {
        return select(document -> SiteTypes.PAGE_TYPES.contains(document.getType()));
    }

    @Override
    public long getDocumentCount(String docType) {
        return select(ofType(docType)).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return select(ofType(docType).and(PUBLISHED)).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return list(document -> uri.equals(document.getSourceuri()), false);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(getPublishedContent("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return list(ofType("post").and(PUBLISHED).and(tagged(tag)), true);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> found = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            found.addAll(list(ofType(docType).and(PUBLISHED).and(tagged(tag)), true));
        }
        return found;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(ofType(docType).and(PUBLISHED), true);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(ofType(docType), true);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return page(getAllContent(docType), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(document -> !Boolean.TRUE.equals(document.getRendered()), true);
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(document -> uri.equals(document.getSourceuri()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        select(stored -> stored.getSourceuri().equals(document.getSourceuri())
                && Boolean.TRUE.equals(stored.getCached())).forEach(stored -> stored.setRendered(true));
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(ofType(docType));
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(select(ofType("post").and(PUBLISHED)));
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(select(PUBLISHED));
    }

    private List<DocumentModel> select(Predicate<DocumentModel> filter) {
        synchronized (documents) {
            return documents.stream().filter(filter).toList();
        }
    }

    /** Copies, as OrientDB gives: a renderer that sets a document's neighbours does not change the store. */
    private DocumentList<DocumentModel> list(Predicate<DocumentModel> filter, boolean newestFirst) {
        List<DocumentModel> found = new ArrayList<>(select(filter));
        if (newestFirst) {
            found.sort(NEWEST_FIRST);
        }
        DocumentList<DocumentModel> copies = new DocumentList<>();
        for (DocumentModel document : found) {
            DocumentModel copy = new DocumentModel();
            copy.putAll(document);
            copies.add(copy);
        }
        return copies;
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() < 0) {
            return all;
        }
        DocumentList<DocumentModel> page = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(page::add);
        return page;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return document -> docType.equals(document.getType());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return document -> Arrays.asList(document.getTags()).contains(tag);
    }

    private static Set<String> tagsOf(List<DocumentModel> found) {
        Set<String> tags = new TreeSet<>();
        found.forEach(document -> tags.addAll(Arrays.asList(document.getTags())));
        return tags;
    }
}
