package org.whytheyleft.bake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import org.whytheyleft.core.Problem;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.view.Edition;
import org.whytheyleft.view.PageView;
import org.whytheyleft.view.PageViews;

/**
 * Renders every JBake document with Thymeleaf 3.1 in the document's own language: {@code #{...}} comes from
 * that language's bundle, and the template gets {@code page} (a {@link PageView}, decided in Java) and
 * {@code body} (the page's HTML) and {@code translation} (a {@code view.TranslationNotice} while the page is not
 * yet translated, else null). Replaces JBake's Thymeleaf engine, which has one locale per bake and queries
 * the content store for what the site model already knows. Fragments live in {@code templates/fragments/}.
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {

    private static final int BUFFER = 32 * 1024;

    private final TemplateEngine thymeleaf = new TemplateEngine();
    private final SiteModel site;
    private final PageViews views;
    private final List<Problem> failures = Collections.synchronizedList(new ArrayList<>());

    SiteTemplateEngine(ContentStore db, JBakeConfiguration config, SiteModel site, Messages messages,
                       List<Edition> editions) {
        super(db, config);
        this.site = site;
        this.views = new PageViews(site, messages, editions);
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(config.getTemplateFolder().getAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
        thymeleaf.setMessageResolver(new BundleMessages(messages));
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel document = model.getContent();
        PageView view = viewOf(document);
        Context context = new Context(Locale.forLanguageTag(view.lang()));
        context.setVariable("page", view);
        context.setVariable("body", document.getBody());
        context.setVariable("translation", views.translationNotice(document.getNoExtensionUri()));
        String name = templateName.endsWith(".html")
                ? templateName.substring(0, templateName.length() - ".html".length()) : templateName;
        try {
            // Thymeleaf writes many short strings; JBake's writer encodes each one on its own.
            BufferedWriter buffered = new BufferedWriter(writer, BUFFER);
            thymeleaf.process(name, context, buffered);
            buffered.flush();
        } catch (IOException e) {
            throw new RenderingException(e);
        } catch (RuntimeException e) {
            Problem problem = problemOf(e, name);
            failures.add(problem);
            throw new RenderingException(problem.describe() + " (" + view.canonical() + ")");
        }
    }

    /**
     * What failed, once per template mistake however many pages it broke, with the template file and line where
     * Thymeleaf knows them.
     */
    List<Problem> failures() {
        return failures.stream().distinct().sorted().toList();
    }

    static Problem problemOf(RuntimeException e, String pageTemplate) {
        String template = pageTemplate;
        int line = 0;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateProcessingException processing && processing.getTemplateName() != null) {
                template = processing.getTemplateName();
                line = processing.getLine() == null ? 0 : processing.getLine();
                break;
            }
        }
        return new Problem(Path.of("templates", template + ".html"), line, "failed to render: "
                + rootCause(e).replaceAll("\\s+", " "), "correct the template.");
    }

    private PageView viewOf(DocumentModel document) {
        return switch (document.getType()) {
            case "masterindex" -> views.entry();
            case "error404" -> views.notFound();
            default -> views.page(site.bySitePath(document.getNoExtensionUri())
                    .orElseThrow(() -> new IllegalStateException("No page in the site model for "
                            + document.getUri())));
        };
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
