package org.whytheyleft.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Holds a built site to its claims: each statement is on its page (in its section, in every paragraph about its
 * subject, in its summary, its opening quotation or its title) and the page cites its source there; no page uses
 * wording the story has ruled out. Returns what does not hold, each naming the claim, its fact and its line.
 */
final class ClaimCheck {

    private final StoryPages site;

    ClaimCheck(StoryPages site) {
        this.site = site;
    }

    /** What of the statement does not hold on the site; empty when it all does. */
    List<String> check(Claims.Statement statement) throws IOException {
        List<String> failed = new ArrayList<>();
        String claim = ": claim " + statement.claim() + " (" + statement.fact() + "), " + statement.page() + " ";
        Document page = site.pageOrNull(statement.page());
        if (page == null) {
            return List.of(statement.where("page") + claim + "is not a page of the site. Fix: name the site path"
                    + " of a page, such as " + statement.lang() + "/.");
        }
        String text = mainText(statement, page);
        if (text == null) {
            return List.of(statement.where("section") + claim + "has no heading #" + statement.section() + ".");
        }
        String says = statement.where("says") + claim;
        for (String words : statement.says()) {
            if (!statement.about().isEmpty()) {
                List<String> about = page.select("main p").eachText().stream()
                        .filter(p -> p.contains(statement.about())).toList();
                if (about.isEmpty()) {
                    failed.add(statement.where("about") + claim + "does not speak of “" + statement.about() + "”.");
                }
                about.stream().filter(p -> !said(p, words)).forEach(p -> failed.add(says + "speaks of “"
                        + statement.about() + "” without “" + words + "”: " + p));
            } else if (!said(text, words)) {
                failed.add(says + "does not say “" + words + "”"
                        + (statement.section().isEmpty() ? "." : " under #" + statement.section() + "."));
            }
        }
        String summary = page.select("meta[name=description]").attr("content");
        statement.summary().stream().filter(words -> !said(summary, words)).forEach(words -> failed.add(
                statement.where("summary") + claim + "has a summary without “" + words + "”: " + summary));
        if (!statement.opens().isEmpty()) {
            failed.addAll(opening(statement.where("opens") + claim, page, statement));
        }
        if (!statement.title().isEmpty() && !page.title().contains(statement.title())) {
            failed.add(statement.where("title") + claim + "has the title “" + page.title() + "”, without “"
                    + statement.title() + "”.");
        }
        int links = statement.links().isEmpty() ? 1 : page.select("a[href^=" + statement.links() + "]").size();
        if (links != 1) {
            failed.add(statement.where("links") + claim + "links to " + statement.links() + " " + links
                    + " times, not once.");
        }
        if (!statement.cites().isEmpty()) {
            String[] source = statement.cites().split("#", 2);
            if (source.length < 2 || !site.linksTo(statement.page(), page, source[0], source[1])) {
                failed.add(statement.where("cites") + claim + "does not cite " + statement.cites() + ".");
            }
        }
        return failed;
    }

    /** What no page may say, with where the rule is; empty when no page says it. */
    List<String> check(Claims.Never rule) throws IOException {
        List<Path> files = new ArrayList<>(rule.scope().equals("all") ? site.htmlFiles()
                : site.htmlFiles(rule.scope()));
        Path entry = site.site.resolve("index.html");
        if (!rule.scope().equals("all") && Files.isRegularFile(entry)) {
            files.add(entry);
        }
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            Document page = StoryPages.parse(file);
            String text = page.text() + " " + page.select("meta[content]").eachAttr("content");
            if (rule.pattern().matcher(text).find()) {
                failed.add(rule.where() + ": " + site.site.relativize(file) + " says “" + rule.shown()
                        + "”, which the story has ruled out.");
            }
        }
        return failed;
    }

    private static String mainText(Claims.Statement statement, Document page) {
        return statement.section().isEmpty() ? StoryPages.mainText(page)
                : StoryPages.section(page, statement.section());
    }

    private static List<String> opening(String claim, Document page, Claims.Statement statement) {
        Element first = page.selectFirst("main .prose figure.quotation");
        if (first == null || first.selectFirst("blockquote") == null
                || !said(first.selectFirst("blockquote").text(), statement.opens())) {
            return List.of(claim + "does not open its text with the quotation “" + statement.opens() + "”.");
        }
        Element caption = first.selectFirst("figcaption");
        if (!statement.by().isEmpty() && (caption == null || !caption.text().toLowerCase(Locale.ROOT)
                .contains(statement.by().toLowerCase(Locale.ROOT)))) {
            return List.of(claim + "does not attribute its opening quotation to “" + statement.by() + "”.");
        }
        return List.of();
    }

    /**
     * Whether {@code text} says {@code words}, reading the typographic apostrophe as the typewriter one and, where
     * the words carry no quotation marks of their own, the page's quotation marks as nothing.
     */
    static boolean said(String text, String words) {
        String shown = text.replace('\u2019', '\'');
        String plain = words.replace('\u2019', '\'').replace("\"", "");
        return shown.contains(plain) || shown.replaceAll("[\u201e\u201c\u201d\"]", "").contains(plain);
    }
}
