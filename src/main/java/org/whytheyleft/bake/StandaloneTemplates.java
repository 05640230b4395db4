package org.whytheyleft.bake;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import org.whytheyleft.core.Problem;
import org.whytheyleft.messages.Messages;

/**
 * Thymeleaf over {@code templates/} with the site's message bundles, for documents the build makes outside JBake's
 * bake: the print leaflet and the offline edition. Like the pages, {@code #{...}} comes from the bundle of the
 * document's language, and a missing key fails the document. Thread-safe.
 */
public final class StandaloneTemplates {

    private final TemplateEngine thymeleaf = new TemplateEngine();

    public StandaloneTemplates(Path templatesDir, Messages messages) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templatesDir.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        thymeleaf.setTemplateResolver(resolver);
        thymeleaf.setMessageResolver(new BundleMessages(messages));
    }

    /** A template failed; its problem names the template file and line where Thymeleaf knows them. */
    public static final class TemplateFailure extends Exception {

        private final transient Problem problem;

        TemplateFailure(Problem problem, Throwable cause) {
            super(problem.describe(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * Renders {@code templates/<name>.html} in a language.
     *
     * @param variables what the template prints, by name
     * @throws TemplateFailure when the template is missing or fails
     */
    public String render(String name, String lang, Map<String, Object> variables) throws TemplateFailure {
        Context context = new Context(Locale.forLanguageTag(lang));
        variables.forEach(context::setVariable);
        try {
            return thymeleaf.process(name, context);
        } catch (RuntimeException e) {
            throw new TemplateFailure(SiteTemplateEngine.problemOf(e, name), e);
        }
    }
}
