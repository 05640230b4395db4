package org.whytheyleft.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.PageType;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;

/**
 * Places pages whose headers are valid into the site, and checks what pages share: one URL per page, one page per
 * translation key and language, a counterpart in every language, homes where they belong, chapters numbered
 * 1, 2, 3, ... without gaps. Drafts take a URL (so that publishing one later cannot clash) but no place.
 */
public final class SiteModelBuilder {

    private final SiteConfig config;

    public SiteModelBuilder(SiteConfig config) {
        this.config = config;
    }

    /** The model, built even when there are problems, so that later checks can still report theirs. */
    public record Result(SiteModel model, List<Problem> problems) {
    }

    /**
     * @param sources    the pages whose headers are valid
     * @param unreadable languages with a page that could not be read or whose header is broken: a missing
     *                   counterpart there is most likely that page, so it is not reported a second time
     */
    public Result build(List<SourcePage> sources, java.util.Set<String> unreadable) {
        List<Problem> problems = new ArrayList<>();
        Map<String, SourcePage> byUrl = new HashMap<>();
        List<SitePage> published = new ArrayList<>();
        for (SourcePage source : sources) {
            String sitePath = SitePage.sitePathOf(source.path());
            SourcePage clash = byUrl.putIfAbsent(sitePath, source);
            if (clash != null) {
                problems.add(Problem.ofFile(source.file(), "would be published at /" + sitePath
                        + ", the same URL as " + clash.file() + ".", "rename or move one of the two files."));
                continue;
            }
            if (source.isPublished()) {
                published.add(SitePage.from(source));
            }
        }
        for (SitePage page : published) {
            checkHome(page, problems);
        }
        checkKeys(published, unreadable, problems);
        checkChapters(published, problems);
        return new Result(new SiteModel(config, published), problems);
    }

    private static void checkHome(SitePage page, List<Problem> problems) {
        boolean atHome = page.sitePath().equals(page.lang() + "/");
        if (page.is(PageType.HOME) != atHome) {
            String message = atHome ? "is the home page of its language but has type=" + page.type().id() + "."
                    : "has type=home but is not content/" + page.lang() + "/index.md.";
            problems.add(new Problem(page.source().file(), page.source().lineOf("type"), message,
                    "give content/" + page.lang() + "/index.md type=home and other pages type=page or chapter."));
        }
    }

    private void checkKeys(List<SitePage> pages, java.util.Set<String> unreadable, List<Problem> problems) {
        Map<String, Map<String, SitePage>> byKey = new TreeMap<>();
        for (SitePage page : pages) {
            SitePage clash = byKey.computeIfAbsent(page.key(), k -> new HashMap<>()).putIfAbsent(page.lang(), page);
            if (clash != null) {
                problems.add(new Problem(page.source().file(), page.source().lineOf("key"), "translation key '"
                        + page.key() + "' is also used by " + clash.source().file() + " in the same language.",
                        "give each page of a language its own key."));
            }
        }
        for (String lang : config.languages()) {
            if (!unreadable.contains(lang)
                    && pages.stream().noneMatch(p -> p.lang().equals(lang) && p.is(PageType.HOME))) {
                problems.add(Problem.ofFile(java.nio.file.Path.of("content", lang, "index.md"),
                        "is missing: every language needs a home page.", "write content/" + lang
                                + "/index.md with type=home."));
            }
        }
        for (Map<String, SitePage> versions : byKey.values()) {
            SitePage any = versions.values().iterator().next();
            for (String lang : config.languages()) {
                SitePage other = versions.get(lang);
                if (other == null && unreadable.contains(lang)) {
                    continue;
                }
                if (other == null) {
                    problems.add(new Problem(any.source().file(), any.source().lineOf("key"), "has no published "
                            + "counterpart in '" + lang + "' (no page there with key=" + any.key() + ").",
                            "write the " + lang + " version under content/" + lang + "/ with key=" + any.key()
                                    + " and status=published."));
                } else if (other.chapter() != any.chapter() || other.type() != any.type()) {
                    problems.add(new Problem(other.source().file(), other.source().lineOf("type"), "is type="
                            + other.type().id() + describeChapter(other) + " but its counterpart " + any.source().file()
                            + " is type=" + any.type().id() + describeChapter(any) + ".",
                            "give both versions the same type and chapter number."));
                }
            }
        }
    }

    private static String describeChapter(SitePage page) {
        return page.isChapter() ? ", chapter=" + page.chapter() : "";
    }

    private void checkChapters(List<SitePage> pages, List<Problem> problems) {
        for (String lang : config.languages()) {
            Map<Integer, SitePage> byNumber = new TreeMap<>();
            for (SitePage page : pages) {
                if (!page.lang().equals(lang) || !page.isChapter()) {
                    continue;
                }
                SitePage clash = byNumber.putIfAbsent(page.chapter(), page);
                if (clash != null) {
                    problems.add(new Problem(page.source().file(), page.source().lineOf("chapter"), "chapter "
                            + page.chapter() + " is also " + clash.source().file() + ".",
                            "number the chapters of a language 1, 2, 3, ... once each."));
                }
            }
            int expected = 1;
            for (Map.Entry<Integer, SitePage> entry : byNumber.entrySet()) {
                if (entry.getKey() != expected) {
                    SitePage page = entry.getValue();
                    String place = expected == 1 ? " comes first" : " follows chapter " + (expected - 1);
                    problems.add(new Problem(page.source().file(), page.source().lineOf("chapter"), "chapter "
                            + entry.getKey() + place + ": chapter " + expected + " is missing in " + lang + ".",
                            "number the chapters 1, 2, 3, ... without gaps."));
                    break;
                }
                expected++;
            }
        }
    }
}
