package org.whytheyleft.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.core.Problem;

class ContentReaderTest {

    private static final String HEADER = "title=Over\nsummary=Waar het over gaat\nlang=nl\n";
    private static final String BODY = "Eerste alinea.\n\n## Kop\n\nTweede alinea.\n";

    @TempDir
    Path project;

    private Path content() throws IOException {
        return Files.createDirectories(project.resolve("content"));
    }

    private void write(String contentPath, String text) throws IOException {
        write(contentPath, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String contentPath, byte[] bytes) throws IOException {
        Path file = content().resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private ContentReader.Result read() throws IOException {
        return new ContentReader(project).read(content());
    }

    private static Problem onlyProblem(ContentReader.Result result) {
        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + result.problems());
        return result.problems().get(0);
    }

    private static Map<String, SourcePage> byPath(ContentReader.Result result) {
        return result.pages().stream().collect(Collectors.toMap(SourcePage::path, p -> p));
    }

    @Test
    void readsHeaderAndBodyOfAPage() throws IOException {
        write("nl/over.md", HEADER + "~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        assertEquals(List.of(), result.problems());
        SourcePage page = onlyPage(result);
        assertEquals(Path.of("content", "nl", "over.md"), page.file());
        assertEquals("nl/over.md", page.path());
        assertEquals(List.of("title", "summary", "lang"), List.copyOf(page.header().keySet()));
        assertEquals(new HeaderField("summary", "Waar het over gaat", 2), page.header().get("summary"));
        assertEquals(BODY, page.body());
        assertEquals(5, page.bodyLine(), "the body starts on the line after ~~~~~~");
    }

    @Test
    void acceptsByteOrderMarkAndCrlfWithTheSameHeaderAndBodyAsLf() throws IOException {
        String lf = HEADER + "~~~~~~\n" + BODY;
        write("nl/lf.md", lf);
        write("nl/crlf.md", lf.replace("\n", "\r\n"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        write("nl/bom.md", withBom);

        ContentReader.Result result = read();

        assertEquals(List.of(), result.problems());
        Map<String, SourcePage> pages = byPath(result);
        SourcePage expected = pages.get("nl/lf.md");
        for (String path : List.of("nl/crlf.md", "nl/bom.md")) {
            SourcePage page = pages.get(path);
            assertEquals(expected.header(), page.header(), path);
            assertEquals(expected.body(), page.body(), path);
            assertEquals(expected.bodyLine(), page.bodyLine(), path);
        }
        assertEquals("Over", pages.get("nl/bom.md").field("title").orElseThrow(),
                "the byte order mark must not become part of the first key");
    }

    @Test
    void namesTheFilesItRejectedSoThatLinksToThemAreNotReportedAgain() throws IOException {
        write("nl/over.md", HEADER + "~~~~~~\n" + BODY);
        write("nl/leeg.md", "");
        write("nl/notities.txt", "kladje");

        ContentReader.Result result = read();

        assertEquals(Set.of("nl/leeg.md", "nl/notities.txt"), result.rejected());
        assertEquals(1, result.pages().size(), "the valid page is read");
    }

    @Test
    void failsOnBytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = (HEADER + "~~~~~~\nCaf\u00e9.\n").getBytes(StandardCharsets.ISO_8859_1);
        write("nl/latin1.md", latin1);

        Problem problem = onlyProblem(read());

        assertEquals(Path.of("content", "nl", "latin1.md"), problem.file());
        assertEquals(HEADER.split("\n", -1).length + 1, problem.line(), "the line of the Latin-1 letter");
        assertTrue(problem.message().startsWith("is not valid UTF-8 text"), problem.message());
    }

    @Test
    void failsOnAnEmptyFile() throws IOException {
        write("nl/leeg.md", "");

        ContentReader.Result result = read();

        Problem problem = onlyProblem(result);
        assertEquals(Path.of("content", "nl", "leeg.md"), problem.file());
        assertEquals("is empty.", problem.message());
        assertEquals(List.of(), result.pages());
    }

    @Test
    void failsOnAFileOfOnlyWhitespace() throws IOException {
        write("nl/leeg.md", "\n  \r\n\t\n");

        Problem problem = onlyProblem(read());

        assertEquals("is empty.", problem.message());
    }

    @Test
    void failsWhenTheHeaderHasNoEndLine() throws IOException {
        write("nl/zonder.md", HEADER + BODY);

        ContentReader.Result result = read();

        Problem problem = onlyProblem(result);
        assertEquals(Path.of("content", "nl", "zonder.md"), problem.file());
        assertEquals(0, problem.line());
        assertEquals("has no line ~~~~~~ that ends its header.", problem.message());
        assertEquals(List.of(), result.pages());
    }

    @Test
    void failsWhenTheHeaderEndHasSpaces() throws IOException {
        write("nl/spaties.md", HEADER + "~~~~~~ \n" + BODY);
        write("en/spaces.md", HEADER + "  ~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        assertEquals(List.of(
                        new Problem(Path.of("content", "en", "spaces.md"), 4,
                                "the line that ends the header has spaces around ~~~~~~.",
                                "remove the spaces, so that the line is exactly ~~~~~~."),
                        new Problem(Path.of("content", "nl", "spaties.md"), 4,
                                "the line that ends the header has spaces around ~~~~~~.",
                                "remove the spaces, so that the line is exactly ~~~~~~.")),
                result.problems());
        assertEquals(List.of(), result.pages());
    }

    @Test
    void failsOnAHeaderLineWithoutEqualsSign() throws IOException {
        write("nl/over.md", "title=Over\nsummary Waar het over gaat\nlang=nl\n~~~~~~\n" + BODY);

        Problem problem = onlyProblem(read());

        assertEquals(Path.of("content", "nl", "over.md"), problem.file());
        assertEquals(2, problem.line());
        assertEquals("header line 'summary Waar het over gaat' is not of the form key=value.", problem.message());
        assertTrue(problem.describe().startsWith("content/nl/over.md:2: header line"), problem.describe());
    }

    @Test
    void failsOnAKeyGivenTwice() throws IOException {
        write("nl/over.md", "title=Over\nlang=nl\ntitle=Nog eens\n~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        Problem problem = onlyProblem(result);
        assertEquals(Path.of("content", "nl", "over.md"), problem.file());
        assertEquals(3, problem.line());
        assertEquals("header key 'title' is given twice (first on line 1).", problem.message());
        assertEquals("Over", onlyPage(result).field("title").orElseThrow(), "the first value is kept");
    }

    @Test
    void failsOnAKeyThatIsNotAName() throws IOException {
        write("nl/over.md", "title=Over\nTitle=Over\n=leeg\n~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        assertEquals(List.of(2, 3), result.problems().stream().map(Problem::line).toList());
        assertTrue(result.problems().get(0).message().contains("'Title' is not a valid name"));
    }

    @Test
    void stripsSpacesAroundKeysAndValuesAndSkipsBlankHeaderLines() throws IOException {
        write("nl/over.md", "title = Over  \n\nlang=nl\n~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        assertEquals(List.of(), result.problems());
        SourcePage page = onlyPage(result);
        assertEquals("Over", page.field("title").orElseThrow());
        assertEquals(3, page.lineOf("lang"));
    }

    @Test
    void keepsATildeLineInTheBodyAfterTheHeaderEnd() throws IOException {
        write("nl/over.md", HEADER + "~~~~~~\nTekst\n~~~~~~\nMeer\n");

        SourcePage page = onlyPage(read());

        assertEquals("Tekst\n~~~~~~\nMeer\n", page.body());
    }

    @Test
    void failsOnAFileThatIsNeitherPageNorMedia() throws IOException {
        write("nl/aantekeningen.txt", "notities");
        write("nl/over.md", HEADER + "~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        Problem problem = onlyProblem(result);
        assertEquals(Path.of("content", "nl", "aantekeningen.txt"), problem.file());
        assertEquals(0, problem.line());
        assertTrue(problem.message().startsWith("is neither a Markdown page (.md) nor an image or PDF"),
                problem.message());
        assertEquals(1, result.pages().size());
    }

    @Test
    void acceptsMediaSiteConfigurationAndHiddenFilesWithoutReadingThemAsPages() throws IOException {
        write("site.properties", "site.url=https://example.org/\n");
        write("nl/figuur.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        write("nl/rapport.pdf", new byte[] {'%', 'P', 'D', 'F'});
        write("nl/.DS_Store", new byte[] {0, 1, 2});
        write("nl/over.md", HEADER + "~~~~~~\n" + BODY);

        ContentReader.Result result = read();

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("nl/over.md"), result.pages().stream().map(SourcePage::path).toList());
    }

    @Test
    void failsOnASitePropertiesFileThatIsNotAtTheContentRoot() throws IOException {
        write("nl/site.properties", "site.url=https://example.org/\n");

        Problem problem = onlyProblem(read());

        assertEquals(Path.of("content", "nl", "site.properties"), problem.file());
    }

    @Test
    void reportsEveryBrokenFileAtOnce() throws IOException {
        write("nl/leeg.md", "");
        write("nl/zonder.md", HEADER + BODY);
        write("nl/notities.txt", "x");

        ContentReader.Result result = read();

        assertEquals(List.of(Path.of("content", "nl", "leeg.md"), Path.of("content", "nl", "notities.txt"),
                        Path.of("content", "nl", "zonder.md")),
                result.problems().stream().map(Problem::file).sorted().toList());
    }

    private static SourcePage onlyPage(ContentReader.Result result) {
        assertEquals(1, result.pages().size(), () -> "expected one page, got " + result.pages());
        return result.pages().get(0);
    }
}
