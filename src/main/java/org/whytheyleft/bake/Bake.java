package org.whytheyleft.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import org.whytheyleft.core.Problem;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.view.Edition;

/**
 * Bakes the checked site with JBake into a folder: JBake's {@link Oven} with the site's own crawler (which hands
 * JBake the checked pages), content store (in memory), page renderer, template engine and media copier. Not thread-safe: JBake
 * keeps engines and document types in static registries, so one bake runs at a time.
 */
public final class Bake {

    static {
        // OrientDB, which JBake's own store would start, logs through java.util.logging to the console; the site's
        // store never starts it (SiteContentStore), but JBake's classes still touch its logger.
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
    }

    private final Path projectDir;
    private final Function<JBakeConfiguration, SiteContentStore> stores;

    public Bake(Path projectDir) {
        this(projectDir, SiteContentStore::new);
    }

    /** With the content store made by {@code stores}: for tests that count what the bake asks of the store. */
    Bake(Path projectDir, Function<JBakeConfiguration, SiteContentStore> stores) {
        this.projectDir = projectDir;
        this.stores = stores;
    }

    /**
     * Bakes into {@code outputDir} and returns what went wrong, empty when every page was written: a problem per
     * failed template, or else JBake's own errors.
     *
     * @param editions the leaflets and offline editions made beside the pages, which home and kit pages list
     */
    public List<Problem> into(Path outputDir, SiteModel site, Map<String, String> bodies, Messages messages,
                              List<Edition> editions) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectDir.toFile(), outputDir.toFile(), (java.io.File) null, true);
        settings().forEach((key, value) -> config.setProperty((String) key, value));
        config.setProperty("site.host", site.config().url().toString());
        ContentStore db = stores.apply(config);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(db);
        utensils.setCrawler(new SiteCrawler(db, config, site, bodies));
        SiteTemplateEngine templates = new SiteTemplateEngine(db, config, site, messages, editions);
        utensils.setRenderer(new Renderer(db, config, templates));
        utensils.setAsset(new ContentMedia(config));
        Oven oven = new Oven(utensils);
        oven.bake();
        if (!templates.failures().isEmpty()) {
            return templates.failures();
        }
        return oven.getErrors().stream()
                .map(error -> Problem.ofFile(Path.of("templates"), error.getMessage(), "correct the template."))
                .toList();
    }

    static Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = Bake.class.getResourceAsStream("jbake.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }
}
