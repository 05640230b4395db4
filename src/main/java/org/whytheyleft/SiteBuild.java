package org.whytheyleft;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.whytheyleft.bake.Bake;
import org.whytheyleft.bake.StandaloneTemplates;
import org.whytheyleft.bake.TemplateFiles;
import org.whytheyleft.bake.TemplateIds;
import org.whytheyleft.config.SiteAddress;
import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.config.SiteConfigReader;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.HeaderCheck;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.CommandExit;
import org.whytheyleft.core.Problem;
import org.whytheyleft.feeds.AtomFeeds;
import org.whytheyleft.feeds.Sitemap;
import org.whytheyleft.glyphs.UndrawableCharacters;
import org.whytheyleft.markdown.PageBodies;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SiteModelBuilder;
import org.whytheyleft.offline.OfflineEditions;
import org.whytheyleft.print.Leaflets;
import org.whytheyleft.publish.BuildStamp;
import org.whytheyleft.publish.EditionFiles;
import org.whytheyleft.publish.GeneratedFiles;
import org.whytheyleft.publish.GitHubPagesFiles;
import org.whytheyleft.publish.OutputClashes;
import org.whytheyleft.publish.SiteOutput;
import org.whytheyleft.social.ShareAssets;
import org.whytheyleft.styles.StylesheetBundle;
import org.whytheyleft.translation.TranslationStatus;
import org.whytheyleft.view.Edition;

/**
 * Builds the site of a project folder ({@code content/}, {@code templates/}, {@code assets/}) into an output folder.
 * Every check runs before anything is written; on any problem the build stops with all of them and the previous
 * output stays as it was.
 */
public final class SiteBuild {

    private final Path projectDir;

    public SiteBuild(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /**
     * What a finished build did.
     *
     * @param ignored editor and system files under {@code content/} that were left out, such as {@code x.md~}
     * @param translations how far each language's pages are translated
     * @param address      the site's address, which leaflets, QR codes and links lead to
     */
    public record Report(int pages, long millis, Path output, List<Path> ignored, TranslationStatus translations,
                         URI address) {

        /** One line naming the files left out, or empty when there were none. */
        public String ignoredNote() {
            return ignored.isEmpty() ? "" : "Left out " + ignored.size() + " editor or system "
                    + (ignored.size() == 1 ? "file" : "files") + " under content/, such as "
                    + ignored.get(0).toString().replace('\\', '/') + ".";
        }
    }

    /**
     * Usage: {@code SiteBuild <project folder> <output folder> [--skip-unchanged]}; {@code -Dsite.url=...} overrides
     * the site URL. With {@code --skip-unchanged} (the README's build command) a site whose every input is as it was
     * at its last build, and which nobody touched since, is left as it is: the bake would write the same bytes.
     * A failed build prints every problem, one line each, and a line saying what to do; under Maven that is the
     * end ({@link CommandExit}), elsewhere it ends in a {@link SiteNotBuilt} with that line.
     */
    public static void main(String[] args) throws SiteNotBuilt, IOException {
        List<String> positional = new ArrayList<>(List.of(args));
        boolean skipUnchanged = positional.remove("--skip-unchanged");
        Path project = Path.of(positional.size() > 0 ? positional.get(0) : ".");
        Path output = positional.size() > 1 ? Path.of(positional.get(1)) : project.resolve("target/site");
        String siteUrl = System.getProperty("site.url");
        BuildStamp stamp = new BuildStamp(project, project.resolve("target/build-stamp.txt"));
        String inputs = skipUnchanged ? stamp.inputs(output, siteUrl, SiteBuild.class.getClassLoader()) : null;
        if (skipUnchanged) {
            Optional<List<String>> printed = stamp.unchanged(inputs, output);
            if (printed.isPresent()) {
                System.out.println("Unchanged since its last build (content, templates, assets, code, settings): "
                        + output);
                printed.get().forEach(System.out::println);
                return;
            }
            stamp.forget();
        }
        Report report;
        try {
            report = new SiteBuild(project).build(output, siteUrl);
        } catch (BuildFailure e) {
            // Printed once, plainly, with what to do last; Maven's report, where it comes, repeats only that line.
            String closing = "Fix the problems above and run the same command again.";
            throw CommandExit.failed(e.getMessage() + System.lineSeparator() + closing, new SiteNotBuilt(closing));
        }
        System.out.printf(Locale.ROOT, "Baked %d pages in %.3f s into %s%n", report.pages(),
                report.millis() / 1000.0, report.output());
        List<String> notes = new ArrayList<>();
        notes.add("Leaflets, QR codes, cards and links lead to " + report.address());
        if (!report.ignoredNote().isEmpty()) {
            notes.add(report.ignoredNote());
        }
        notes.addAll(report.translations().lines());
        notes.forEach(System.out::println);
        if (skipUnchanged) {
            stamp.record(inputs, output, notes);
        }
    }

    /** A build for publishing: its address must be one that readers can reach ({@link SiteAddress}). */
    public Report build(Path output, String siteUrlOverride) throws BuildFailure, IOException {
        return build(output, siteUrlOverride, SiteAddress.Purpose.PUBLISH);
    }

    /**
     * Builds into {@code output}, replacing what was there only once the new site is complete ({@link SiteOutput}).
     * What a build killed earlier left beside the output is finished or deleted first, even if this one stops.
     *
     * @param siteUrlOverride the address to use instead of the settings', or null
     * @param purpose         {@code PREVIEW} allows an address on this computer, {@code PUBLISH} does not
     * @throws BuildFailure with every problem found, before anything is written
     */
    public Report build(Path output, String siteUrlOverride, SiteAddress.Purpose purpose)
            throws BuildFailure, IOException {
        long start = System.nanoTime();
        SiteOutput outputs = new SiteOutput(projectDir.resolve("target"));
        outputs.tidy(output);
        CheckedSite site = check(siteUrlOverride, purpose);
        List<Edition> editions = editions(site);
        outputs.replace(output, folder -> write(site, editions, folder));
        return new Report(site.model().pages().size(), (System.nanoTime() - start) / 1_000_000, output,
                site.ignored(), site.translations(), site.model().config().url());
    }

    /** Everything the site is made of, read and checked, ready to be written. */
    private record CheckedSite(SiteModel model, Map<String, String> bodies, Messages messages,
                               StylesheetBundle.Result stylesheet, List<Path> ignored,
                               Ahead<List<Edition>, StandaloneTemplates.TemplateFailure> leaflets,
                               TranslationStatus translations) {
    }

    /** Reads and checks every input; throws with all problems at once, before anything is written. */
    private CheckedSite check(String siteUrlOverride, SiteAddress.Purpose purpose)
            throws BuildFailure, IOException {
        Path contentDir = projectDir.resolve("content");
        Path configFile = contentDir.resolve(ContentReader.CONFIG_FILE);
        SiteConfigReader.Result configured = new SiteConfigReader()
                .read(configFile, projectDir.relativize(configFile), siteUrlOverride, purpose, System.getenv());
        ContentReader.Result read = new ContentReader(projectDir).read(contentDir);
        List<Problem> problems = new ArrayList<>(configured.problems());
        problems.addAll(read.problems());
        if (configured.config() == null) {
            throw new BuildFailure(problems);
        }
        SiteConfig config = configured.config();
        List<SourcePage> valid = checkHeaders(read.pages(), config, problems);
        Set<String> rejected = rejected(read, valid);
        SiteModelBuilder.Result model = new SiteModelBuilder(config).build(valid, languagesOf(rejected, config));
        problems.addAll(model.problems());
        problems.addAll(new TemplateFiles(projectDir).check(model.model().pages().stream()
                .map(page -> page.type().id()).collect(Collectors.toSet())));
        Messages.Result messages = Messages.read(projectDir, projectDir.resolve("templates"), config.languages(),
                config.texts());
        problems.addAll(messages.problems());
        // Reading the fonts is most of this check's time, and the bodies' check needs none of them.
        Ahead<List<Problem>, RuntimeException> glyphs = messages.messages() == null ? null
                : Ahead.start("glyphs", () -> UndrawableCharacters.ofShippedFonts().check(projectDir, model.model(),
                        messages.messages()));
        // With a sound model and messages, the leaflets are made on the other core while the bodies are checked;
        // made there from the start, since creating their template engine is half of their time.
        Ahead<List<Edition>, StandaloneTemplates.TemplateFailure> leaflets = problems.isEmpty()
                ? Ahead.start("leaflets", () -> new Leaflets(projectDir, model.model(), messages.messages()).make())
                : null;
        try {
            PageBodies.Result bodies = new PageBodies(contentDir, TemplateIds.read(projectDir))
                    .render(model.model(), valid, rejected);
            problems.addAll(bodies.problems());
            StylesheetBundle.Result stylesheet = new StylesheetBundle(projectDir)
                    .bundle(projectDir.resolve("assets/css/site.css"));
            problems.addAll(stylesheet.problems());
            if (glyphs != null) {
                problems.addAll(glyphs.get());
            }
            if (!problems.isEmpty() || valid.size() < read.pages().size()) {
                throw new BuildFailure(problems);
            }
            return new CheckedSite(model.model(), bodies.html(), messages.messages(), stylesheet, read.ignored(),
                    leaflets, TranslationStatus.of(valid, config.languages()));
        } catch (BuildFailure | IOException | RuntimeException | Error e) {
            if (leaflets != null) {
                leaflets.cancel();
            }
            if (glyphs != null) {
                glyphs.cancel();
            }
            throw e;
        }
    }

    /**
     * The leaflets and offline editions, made in memory before anything is written: the pages that offer them
     * print their sizes, and a template that fails stops the build like any other problem.
     */
    private List<Edition> editions(CheckedSite site) throws BuildFailure, IOException {
        try {
            List<Edition> editions = new ArrayList<>(site.leaflets().get());
            editions.addAll(new OfflineEditions(projectDir, site.model(), site.bodies(), site.messages(),
                    site.stylesheet().css()).make());
            List<Problem> clashes = new OutputClashes(projectDir).find(GeneratedFiles.of(site.model(), editions,
                    projectDir.resolve("assets")));
            if (!clashes.isEmpty()) {
                throw new BuildFailure(clashes);
            }
            return editions;
        } catch (StandaloneTemplates.TemplateFailure e) {
            throw new BuildFailure(List.of(e.problem()));
        }
    }

    /**
     * Bakes the pages with JBake and writes what JBake does not make. Sitemap, feeds and cards need only the checked
     * site, so they are written beside the bake, cards last: they draw on every core, which the bake may have freed
     * by then. The stylesheet replaces the parts JBake copied, so it comes after the bake.
     */
    private void write(CheckedSite site, List<Edition> editions, Path folder) throws BuildFailure, IOException {
        try (StepsBeside beside = new StepsBeside()) {
            beside.start(() -> new EditionFiles(editions).writeInto(folder));
            beside.start(() -> new Sitemap(site.model()).writeInto(folder));
            beside.start(() -> new AtomFeeds(site.model(), site.messages()).writeInto(folder));
            beside.start(() -> new GitHubPagesFiles(site.model().config()).writeInto(folder));
            beside.start(() -> new ShareAssets(site.model(), site.messages(), projectDir.resolve("target/share-cache"))
                    .writeInto(folder));
            List<Problem> failed = new Bake(projectDir).into(folder, site.model(), site.bodies(), site.messages(),
                    editions);
            if (!failed.isEmpty()) {
                throw new BuildFailure(failed);
            }
            new StylesheetBundle(projectDir).writeInto(folder, projectDir.resolve("assets"), site.stylesheet());
            beside.finish();
        }
    }

    /** Content paths of the files that could not be read, or whose page header is broken. */
    private static Set<String> rejected(ContentReader.Result read, List<SourcePage> valid) {
        Set<String> rejected = new HashSet<>(read.rejected());
        Set<SourcePage> validPages = Collections.newSetFromMap(new IdentityHashMap<>());
        validPages.addAll(valid);
        read.pages().stream().filter(page -> !validPages.contains(page)).forEach(page -> rejected.add(page.path()));
        return rejected;
    }

    /** The languages with a rejected file under {@code content/<lang>/}: their site is incomplete for now. */
    private static Set<String> languagesOf(Set<String> rejected, SiteConfig config) {
        Set<String> languages = new HashSet<>();
        for (String path : rejected) {
            int slash = path.indexOf('/');
            if (slash > 0 && config.languages().contains(path.substring(0, slash))) {
                languages.add(path.substring(0, slash));
            }
        }
        return languages;
    }

    private static List<SourcePage> checkHeaders(List<SourcePage> pages, SiteConfig config, List<Problem> problems) {
        HeaderCheck check = new HeaderCheck(config.languages());
        List<SourcePage> valid = new ArrayList<>();
        for (SourcePage page : pages) {
            List<Problem> found = check.check(page);
            problems.addAll(found);
            if (found.isEmpty()) {
                valid.add(page);
            }
        }
        return valid;
    }
}
