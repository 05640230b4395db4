package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.SourcePages.home;
import static org.whytheyleft.SourcePages.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.whytheyleft.SourcePages;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Wide, long and deep input of every Markdown construct ends with either a rendered page or a message that names
 * what is too big: never a guessed cause, never a build that runs for minutes. The timeout only guards against a
 * hang (each case takes well under a second to a few seconds here); speed is shown in bench/, not asserted.
 */
class BoundedInputTest {

    /** A long page: about half a megabyte, many times the longest real page. */
    private static final int LONG = 500_000;
    /** Deep input: far deeper than the nesting limit, and deep enough to overflow an unguarded recursive reader. */
    private static final int DEEP = 5_000;

    private static final String OUTPUT = null;
    private static final String TOO_LONG_BLOCK = "characters without a blank line";
    private static final String TOO_MANY_CELLS = "column separators '|'";
    private static final String TOO_MANY_MARKS = "in a row; at most 200 may stand together";
    private static final String TOO_DEEP = " more than 48 levels deep; a page may nest at most 48.";

    static Stream<Arguments> inputs() {
        return Stream.of(
                // wide: one block (or line) far beyond what a reader reads at once
                Arguments.of("wide paragraph", "woord ".repeat(LONG / 6), TOO_LONG_BLOCK),
                Arguments.of("wide table", "|" + "a|".repeat(300) + "\n|" + "-|".repeat(300), TOO_MANY_CELLS),
                Arguments.of("run of stars", "*".repeat(500) + " woord", TOO_MANY_MARKS),
                Arguments.of("run of backticks", "`".repeat(500) + " woord", TOO_MANY_MARKS),
                Arguments.of("run of underscores", "_".repeat(500), TOO_MANY_MARKS),
                Arguments.of("run of tildes", "~".repeat(500), TOO_MANY_MARKS),
                Arguments.of("many entities in one block", "&amp;".repeat(LONG / 5), TOO_LONG_BLOCK),
                Arguments.of("long table", "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(LONG / 6), TOO_LONG_BLOCK),
                Arguments.of("long list", "- punt\n".repeat(LONG / 7), TOO_LONG_BLOCK),
                Arguments.of("long code block", "```\n" + "code\n".repeat(LONG / 5) + "```", TOO_LONG_BLOCK),
                // long: as many ordinary blocks as fit in a long page
                Arguments.of("many paragraphs", blocks("Een *gewone* alinea met **nadruk** en `code`."), OUTPUT),
                Arguments.of("many headings", blocks("## Een kop"), OUTPUT),
                Arguments.of("many block quotes", blocks("> Een citaat."), OUTPUT),
                Arguments.of("many lists", blocks("- een\n- twee"), OUTPUT),
                Arguments.of("many tables", blocks("|a|b|\n|-|-|\n|c|d|"), OUTPUT),
                Arguments.of("many code blocks", blocks("```\ncode\n```"), OUTPUT),
                Arguments.of("many links", blocks("[een link](https://example.org/pagina)"), OUTPUT),
                Arguments.of("many images", blocks("![Een figuur](figuur.svg)"), OUTPUT),
                Arguments.of("many footnotes", footnotes(), OUTPUT),
                Arguments.of("many reference links", references(), OUTPUT),
                Arguments.of("many entities", blocks("&amp; &lt; &#233; &eacute;".repeat(40)), OUTPUT),
                Arguments.of("many backticks", blocks("`a` ``b`` `c`".repeat(60)), OUTPUT),
                Arguments.of("many html spans", blocks("<span>tekst</span> ".repeat(50)), OUTPUT),
                Arguments.of("many attributes", blocks("## Kop {.klasse}"), OUTPUT),
                // deep: nested far beyond the limit
                Arguments.of("deep block quotes", ">".repeat(DEEP) + " woord", "nests block quotes (>)" + TOO_DEEP),
                Arguments.of("deep lists", deepList(), "nests lists" + TOO_DEEP),
                Arguments.of("deep emphasis", "*".repeat(150) + "woord" + "*".repeat(150),
                        "nests strong emphasis (**)" + TOO_DEEP),
                Arguments.of("deep strong emphasis", "**a ".repeat(60) + "woord" + " a**".repeat(60),
                        "nests strong emphasis (**)" + TOO_DEEP),
                Arguments.of("alternating emphasis marks", "*_".repeat(90) + "woord" + "_*".repeat(90), OUTPUT),
                Arguments.of("deep links", "[".repeat(DEEP) + "woord" + "](https://example.org)".repeat(DEEP),
                        TOO_LONG_BLOCK),
                Arguments.of("deep brackets", "[".repeat(9_000), OUTPUT),
                Arguments.of("deep html", "<div>".repeat(DEEP) + "woord" + "</div>".repeat(DEEP), TOO_LONG_BLOCK),
                Arguments.of("deep html lines", "<div>\n".repeat(1_500) + "woord\n" + "</div>\n".repeat(1_500),
                        TOO_LONG_BLOCK));
    }

    @TempDir
    static Path content;

    @BeforeAll
    static void writeTheFigure() throws IOException {
        Files.createDirectories(content.resolve("nl"));
        Files.writeString(content.resolve("nl/figuur.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void endsWithThePageOrAMessageThatNamesWhatIsTooBig(String name, String body, String expected) {
        SourcePage page = page("nl/pagina.md").body(body).build();
        SiteModel site = new SiteModel(SourcePages.config(), List.of(SitePage.from(home("nl/index.md").build()),
                SitePage.from(home("en/index.md").build()), SitePage.from(page)));

        PageBodies.Result result = new PageBodies(content, Map.of()).render(site, List.of(page), Set.of());

        List<String> problems = result.problems().stream().map(Problem::describe).toList();
        if (expected == null) {
            assertEquals(List.of(), problems, name + " is rendered");
            assertNotNull(result.html().get("nl/pagina.md"), name + " has a body");
        } else {
            assertEquals(1, problems.size(), name + " is one problem: " + problems);
            assertTrue(problems.get(0).contains(expected), name + " says '" + expected + "': " + problems);
            assertTrue(problems.get(0).startsWith("content/nl/pagina.md:"), name + " names the file and line");
        }
    }

    /** Copies of one block, separated by blank lines, to a long page. */
    private static String blocks(String block) {
        return (block + "\n\n").repeat(LONG / (block.length() + 2));
    }

    private static String footnotes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < LONG; i++) {
            text.append("Een zin met een noot.[^n").append(i).append("]\n\n[^n").append(i).append("]: De noot.\n\n");
        }
        return text.toString();
    }

    private static String references() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < LONG; i++) {
            text.append("Zie [de bron][r").append(i).append("].\n\n[r").append(i)
                    .append("]: https://example.org/bron\n\n");
        }
        return text.toString();
    }

    private static String deepList() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("  ".repeat(i)).append("- punt\n");
        }
        return text.toString();
    }
}
