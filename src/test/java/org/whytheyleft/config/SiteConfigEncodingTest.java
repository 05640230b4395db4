package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.core.Problem;

/** The settings file is read as pages are: a byte order mark is allowed, another encoding is named with its line. */
class SiteConfigEncodingTest {

    private static final Path FIXTURE = FixtureProject.PROJECT
            .resolve("src/test/resources/fixtures/minimal/content/site.properties");

    @TempDir
    Path temp;

    @Test
    void readsSettingsSavedWithAByteOrderMarkAsWithout() throws IOException {
        Path file = temp.resolve("site.properties");
        byte[] text = Files.readAllBytes(FIXTURE);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(file, withMark);

        SiteConfigReader.Result result = new SiteConfigReader().read(file, Path.of("content/site.properties"), null);

        assertEquals(List.of(), result.problems());
        assertNotNull(result.config());
        assertEquals("https://example.org/proef/", result.config().url().toString());
    }

    @Test
    void namesTheLineAndColumnOfTheFirstLetterThatIsNotUtf8() throws IOException {
        Path file = temp.resolve("site.properties");
        String text = Files.readString(FIXTURE).replace("site.name.en=Test site", "site.name.en=Test s\u00eete");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        int line = 1 + (int) text.substring(0, text.indexOf("Test s\u00ee")).chars().filter(c -> c == '\n').count();

        List<Problem> problems = new SiteConfigReader().read(file, Path.of("content/site.properties"), null)
                .problems();

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("content/site.properties:" + line + ": is not UTF-8 at line " + line + ", column 20 (byte 0xEE),"
                + " perhaps saved as Latin-1 or Windows-1252.", problems.get(0).describe().split(" Fix: ")[0]);
    }
}
