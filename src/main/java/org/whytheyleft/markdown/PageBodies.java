package org.whytheyleft.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.vladsch.flexmark.util.ast.Document;

import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Parallel;
import org.whytheyleft.core.Problem;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Renders the body of every published page once, checking it on the way, so that the bake reuses the HTML
 * instead of rendering again; pages are rendered on every core. Links to {@code #anchors} are checked after all pages are rendered, against the ids
 * the HTML really has.
 */
public final class PageBodies {

    /** The HTML body per content path (e.g. {@code nl/over.md}), and the problems found. */
    public record Result(Map<String, String> html, List<Problem> problems) {
    }

    private final Path contentDir;
    private final Map<String, List<String>> templateIds;

    /** @param templateIds the ids the templates write (see {@code bake.TemplateIds}), which no body may reuse */
    public PageBodies(Path contentDir, Map<String, List<String>> templateIds) {
        this.contentDir = contentDir;
        this.templateIds = templateIds;
    }

    /**
     * @param sources the pages whose headers are valid
     * @param broken  content paths of pages that could not be read or whose header is broken
     */
    public Result render(SiteModel site, List<SourcePage> sources, Set<String> broken) {
        Set<String> drafts = new HashSet<>();
        for (SourcePage source : sources) {
            if (!source.isPublished()) {
                drafts.add(source.path());
            }
        }
        ImageFiles images = new ImageFiles(contentDir);
        MarkdownRenderer renderer = new MarkdownRenderer(site, images);
        MarkdownCheck check = new MarkdownCheck(contentDir, images, path -> site.byContentPath(path).isPresent(),
                drafts::contains, broken::contains);
        RenderedBodyCheck rendered = new RenderedBodyCheck(templateIds);
        List<SitePage> pages = site.pages();
        Body[] bodies = new Body[pages.size()];
        try {
            // Pages are independent until their anchors are matched; results are merged in the site's page order,
            // so the problems come out in the same order on any number of cores.
            Parallel.forEach(IntStream.range(0, pages.size()).boxed().toList(),
                    i -> bodies[i] = body(pages.get(i), renderer, check, rendered));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>();
        List<MarkdownCheck.AnchorLink> anchors = new ArrayList<>();
        Map<String, String> html = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (Body body : bodies) {
            problems.addAll(body.problems());
            anchors.addAll(body.anchors());
            if (body.html() == null) {
                unreadable.add(body.path());
            } else {
                html.put(body.path(), body.html());
                ids.put(body.path(), body.ids());
            }
        }
        for (MarkdownCheck.AnchorLink anchor : anchors) {
            Set<String> targetIds = ids.getOrDefault(anchor.targetPath(), Set.of());
            // A page that could not be rendered has no ids yet: its own problem is the cause, not the links to it.
            if (!targetIds.contains(anchor.fragment()) && !unreadable.contains(anchor.targetPath())) {
                problems.add(new Problem(anchor.from().file(), anchor.line(), "link to #" + anchor.fragment()
                        + " leads nowhere: content/" + anchor.targetPath() + " has no heading with that id.",
                        "use one of the page's ids " + new java.util.TreeSet<>(targetIds)
                                + ", or give a heading that id: ## Heading {#" + anchor.fragment() + "}."));
            }
        }
        return new Result(html, problems);
    }

    /** One page's rendered body ({@code null} when it could not be read), its ids, problems and anchor links. */
    private record Body(String path, String html, Set<String> ids, List<Problem> problems,
                        List<MarkdownCheck.AnchorLink> anchors) {
    }

    private static Body body(SitePage page, MarkdownRenderer renderer, MarkdownCheck check,
                             RenderedBodyCheck rendered) {
        SourcePage source = page.source();
        List<Problem> tooLarge = BlockLimits.check(source);
        if (!tooLarge.isEmpty()) {
            return unread(source, tooLarge);
        }
        try {
            Document document = renderer.parse(source.body(), page.lang(), source.path());
            LineIndex lines = new LineIndex(document.getChars());
            Optional<Problem> tooDeep = NestingDepth.check(source, document, lines);
            if (tooDeep.isPresent()) {
                return unread(source, List.of(tooDeep.get()));
            }
            MarkdownCheck.Result found = check.check(source, document);
            List<Problem> problems = new ArrayList<>(found.problems());
            String body = renderer.render(document, page.lang());
            RenderedBodyCheck.Result judged = rendered.check(source, body, SourceMarks.MARKS.get(document), lines);
            problems.addAll(withoutEchoes(found.problems(), judged.problems()));
            return new Body(source.path(), body, judged.ids(), problems, found.anchors());
        } catch (StackOverflowError | RuntimeException e) {
            // The limits above keep every page a reader could want within what the reader handles; what still
            // fails is named as what it is, a page the engine could not read, and never given a guessed cause.
            String cause = e instanceof StackOverflowError ? "it ran out of stack space"
                    : e.getClass().getSimpleName();
            return unread(source, List.of(Problem.ofFile(source.file(),
                    "could not be read: the Markdown reader failed on it (" + cause + ").",
                    "look for an unusually long, wide or deeply nested part of the page and shorten it; if the page"
                            + " looks ordinary, report it with the page attached.")));
        }
    }

    /** A page that is refused before it is rendered: it has no body and no ids, only its problems. */
    private static Body unread(SourcePage source, List<Problem> problems) {
        return new Body(source.path(), null, Set.of(), problems, List.of());
    }

    /**
     * The problems of the rendered body that the check of the Markdown has not already reported on the same line:
     * a {@code javascript:} link is one mistake, with the message that quotes it as written.
     */
    private static List<Problem> withoutEchoes(List<Problem> written, List<Problem> rendered) {
        Set<Integer> reported = new HashSet<>();
        written.forEach(problem -> reported.add(problem.line()));
        return rendered.stream().filter(problem -> !reported.contains(problem.line())).toList();
    }
}
