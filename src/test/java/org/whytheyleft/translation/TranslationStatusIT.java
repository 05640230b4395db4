package org.whytheyleft.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.Problem;
import org.whytheyleft.translation.TranslationStatus.State;

/**
 * Adds Italian to a copy of the small fixture site, marks pages as translated with {@code exec:java@translated}'s
 * command, changes their sources, and reads the status the build reports: each state once.
 */
class TranslationStatusIT {

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyFixtureWithItalian() throws Exception {
        project = FixtureProject.copyTo(temp.resolve("project"));
        new AddLanguage(project).add("it", "en");
    }

    @Test
    void markingAPageAsTranslatedWritesTheHashesAndChangesNothingElse() throws Exception {
        Path page = project.resolve("content/it/first.md");
        String before = Files.readString(page);

        assertEquals(List.of(Path.of("content/it/first.md")),
                new MarkTranslated(project).page(Path.of("content/it/first.md"), ""));

        SourceVersion source = SourceVersion.of(body(project.resolve("content/en/first.md")));
        assertEquals(before.replace("translation=pending\nsource=en\n", "source=en\nsourcehash=" + source.hash()
                + "\nsourceparagraphs=" + String.join(",", source.paragraphHashes()) + "\n"), Files.readString(page));
        assertEquals(4, source.paragraphs().size());
        SiteBuild.Report report = build();
        assertEquals(List.of("content/it/first.md"), files(report, State.CURRENT));
        assertEquals(List.of("content/it/index.md"), files(report, State.PENDING));
        assertTrue(Jsoup.parse(project.resolve("target/site/it/first/index.html").toFile(), "UTF-8")
                .select(".translation-notice").isEmpty(), "a translated page has no notice");
    }

    @Test
    void afterAParagraphOfTheSourceIsEditedTheStatusSaysSourceChangedAndNamesIt() throws Exception {
        new MarkTranslated(project).language("it", "");
        replaceIn("content/en/first.md", "This is the first chapter.", "This is the first chapter, rewritten.");

        SiteBuild.Report report = build();

        assertEquals(List.of("content/it/first.md"), files(report, State.CHANGED));
        assertEquals(List.of("content/it/index.md"), files(report, State.CURRENT));
        TranslationStatus.Page changed = italian(report).in(State.CHANGED).get(0);
        assertEquals(List.of("This is the first chapter, rewritten."), changed.changed());
        assertEquals(1, changed.removed());
        assertEquals("content/en/first.md", changed.source().orElseThrow());
        String text = report.translations().text();
        assertTrue(text.contains("  it: 1 source changed, 1 up to date"), text);
        assertTrue(text.contains("    source changed: content/it/first.md (content/en/first.md: 1 paragraph new or"
                + " changed, 1 removed)" + System.lineSeparator() + "      This is the first chapter, rewritten."),
                text);

        new MarkTranslated(project).page(Path.of("content/it/first.md"), "");
        assertEquals(List.of("content/it/first.md", "content/it/index.md"), files(build(), State.CURRENT));
    }

    @Test
    void pagesTranslatedBeforeTrackingAreShownAsNotTrackedUntilMarked() throws Exception {
        SiteBuild.Report report = build();
        assertEquals(List.of("content/en/first.md", "content/en/index.md"),
                files(report, "en", State.UNTRACKED), "the fixture's English pages have no record");
        assertTrue(report.translations().text().contains("  en: 2 translated, not tracked"),
                report.translations()::text);

        new MarkTranslated(project).language("en", "nl");

        assertEquals(List.of("content/en/first.md", "content/en/index.md"), files(build(), "en", State.CURRENT));
        assertTrue(Files.readString(project.resolve("content/en/index.md")).contains("\nsource=nl\n"));
    }

    @Test
    void aRemovedPageStopsTheBuildAsAMissingCounterpart() throws Exception {
        Files.delete(project.resolve("content/it/first.md"));

        BuildFailure failure = assertThrows(BuildFailure.class, this::build);

        assertTrue(failure.problems().stream().anyMatch(p -> p.message().startsWith("has no published counterpart"
                + " in 'it' (no page there with key=first)")), failure::getMessage);
    }

    @Test
    void aMalformedHashIsABuildErrorWithFileAndLine() throws Exception {
        new MarkTranslated(project).page(Path.of("content/it/first.md"), "");
        String text = Files.readString(project.resolve("content/it/first.md"));
        String hash = text.substring(text.indexOf("sourcehash=") + "sourcehash=".length()).lines().findFirst()
                .orElseThrow();
        replaceIn("content/it/first.md", "sourcehash=" + hash, "sourcehash=" + hash.substring(1) + "Z");

        BuildFailure failure = assertThrows(BuildFailure.class, this::build);

        Problem problem = failure.problems().get(0);
        assertEquals(1, failure.problems().size(), failure::getMessage);
        assertEquals(Path.of("content/it/first.md"), problem.file());
        assertEquals(text.lines().toList().indexOf("sourcehash=" + hash) + 1, problem.line());
        assertTrue(problem.message().startsWith("sourcehash '"), problem::message);
    }

    @Test
    void refusesToMarkAPageWithoutSourceAndWritesNothing() throws Exception {
        Map<String, String> before = FixtureProject.snapshot(project);

        Refused refused = assertThrows(Refused.class, () -> new MarkTranslated(project).language("nl", ""));

        assertTrue(refused.getMessage().contains("content/nl/eerste.md is in nl; name the language it was"
                + " translated from with -Dfrom=<code>"), refused::getMessage);
        assertEquals(before, FixtureProject.snapshot(project));
        assertThrows(Refused.class, () -> new MarkTranslated(project).page(Path.of("content/it/none.md"), ""));
        assertEquals(before, FixtureProject.snapshot(project));
    }

    private SiteBuild.Report build() throws BuildFailure, IOException {
        return new SiteBuild(project).build(project.resolve("target/site"), null);
    }

    private static TranslationStatus.Language italian(SiteBuild.Report report) {
        return report.translations().languages().stream().filter(l -> l.lang().equals("it")).findFirst()
                .orElseThrow();
    }

    private static List<String> files(SiteBuild.Report report, State state) {
        return files(report, "it", state);
    }

    private static List<String> files(SiteBuild.Report report, String lang, State state) {
        return report.translations().languages().stream().filter(l -> l.lang().equals(lang))
                .flatMap(l -> l.in(state).stream()).map(TranslationStatus.Page::file).sorted().toList();
    }

    private static String body(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("~~~~~~\n") + "~~~~~~\n".length());
    }

    private void replaceIn(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " contains " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
