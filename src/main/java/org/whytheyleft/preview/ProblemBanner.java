package org.whytheyleft.preview;

import java.util.List;

import org.jsoup.nodes.Element;

import org.whytheyleft.config.Direction;
import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.Problem;

/**
 * The banner at the top of every page the preview serves while the last build failed: a heading, that this is still
 * the last good build, each problem (file and line, what is wrong, the fix) in English as the build prints it, and
 * what to do. It is an alert region, so a screen reader announces it, and it holds nothing to focus, so the skip
 * link stays the first stop of the keyboard. Its look is {@code preview.css}.
 */
final class ProblemBanner {

    static final String ID = "preview-problems";
    private static final String PROBLEMS_LANG = "en";

    private ProblemBanner() {
    }

    /** The banner for a page in {@code pageLang}, its texts in {@code texts.lang()}. */
    static Element of(List<Problem> problems, BannerTexts texts, String pageLang) {
        Element banner = new Element("div").attr("id", ID).addClass("preview-banner").attr("role", "alert")
                .attr("aria-labelledby", ID + "-heading");
        language(banner, texts.lang(), pageLang);
        banner.appendElement("h2").attr("id", ID + "-heading").addClass("preview-banner__heading")
                .text(texts.heading());
        banner.appendElement("p").text(texts.stale());
        Element list = banner.appendElement("ol").addClass("preview-banner__problems");
        language(list, PROBLEMS_LANG, texts.lang());
        problems.stream().sorted().limit(BuildFailure.SHOWN).forEach(problem -> item(list, problem));
        if (problems.size() > BuildFailure.SHOWN) {
            Element more = banner.appendElement("p").text("... and " + (problems.size() - BuildFailure.SHOWN)
                    + " more; fix these first and build again.");
            language(more, PROBLEMS_LANG, texts.lang());
        }
        banner.appendElement("p").text(texts.fix());
        return banner;
    }

    private static void item(Element list, Problem problem) {
        Element item = list.appendElement("li");
        String file = problem.file().toString().replace('\\', '/');
        if (!file.isEmpty()) {
            item.appendElement("code").addClass("preview-banner__where")
                    .text(file + (problem.line() > 0 ? ":" + problem.line() : ""));
            item.appendText(" ");
        }
        item.appendText(problem.message() + " ");
        item.appendElement("span").addClass("preview-banner__fix").text("Fix: " + problem.fix());
    }

    /** Marks an element's language and direction where they differ from what surrounds it. */
    private static void language(Element element, String lang, String around) {
        if (!lang.equals(around)) {
            element.attr("lang", lang).attr("dir", Direction.of(lang).attribute());
        }
    }
}
