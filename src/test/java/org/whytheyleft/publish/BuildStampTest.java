package org.whytheyleft.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build is skipped only when every input and the output are as the stamp recorded them. */
class BuildStampTest {

    @TempDir
    Path project;
    private Path output;
    private BuildStamp stamp;
    private final ClassLoader code = BuildStampTest.class.getClassLoader();

    @BeforeEach
    void builtOnce() throws Exception {
        Files.createDirectories(project.resolve("content/nl"));
        Files.writeString(project.resolve("content/nl/index.md"), "title=Thuis\n~~~~~~\nTekst.\n");
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/page.html"), "<p>page</p>");
        output = project.resolve("target/site");
        Files.createDirectories(output.resolve("nl"));
        Files.writeString(output.resolve("nl/index.html"), "<p>Tekst.</p>");
        stamp = new BuildStamp(project, project.resolve("target/build-stamp.txt"));
        stamp.record(stamp.inputs(output, null, code), output, List.of("Left out 1 editor file."));
    }

    @Test
    void sameInputsAndUntouchedOutputAreUnchanged() throws Exception {
        assertEquals(Optional.of(List.of("Left out 1 editor file.")),
                stamp.unchanged(stamp.inputs(output, null, code), output));
    }

    @Test
    void anyChangedInputMeansBuild() throws Exception {
        String before = stamp.inputs(output, null, code);
        assertNotEquals(before, stamp.inputs(output, "https://example.org/", code), "a site URL override");
        assertNotEquals(before, stamp.inputs(project.resolve("target/other"), null, code), "another output");
        Files.writeString(project.resolve("templates/page.html"), "<p>page!</p>");
        assertNotEquals(before, stamp.inputs(output, null, code), "a template's bytes");
        Files.writeString(project.resolve("templates/page.html"), "<p>page</p>");
        assertEquals(before, stamp.inputs(output, null, code), "the same bytes again");
        Files.createDirectories(project.resolve("assets"));
        Files.writeString(project.resolve("assets/new.css"), "");
        assertNotEquals(before, stamp.inputs(output, null, code), "a new empty file");
    }

    @Test
    void touchedOrMissingOutputMeansBuild() throws Exception {
        String inputs = stamp.inputs(output, null, code);
        Files.setLastModifiedTime(output.resolve("nl/index.html"), FileTime.fromMillis(0));
        assertTrue(stamp.unchanged(inputs, output).isEmpty(), "a file of the site edited");
        stamp.record(inputs, output, List.of());
        Files.writeString(output.resolve("extra.html"), "");
        assertTrue(stamp.unchanged(inputs, output).isEmpty(), "a file added to the site");
        stamp.forget();
        Files.delete(output.resolve("extra.html"));
        assertTrue(stamp.unchanged(inputs, output).isEmpty(), "no stamp");
    }

    @Test
    void anOutputThatLinksToItsFolderIsListedByTheFilesOfThatFolder() throws Exception {
        Path folder = Files.createDirectories(project.resolve("target/.linked-v-1/nl"));
        Files.writeString(folder.resolve("index.html"), "<p>Tekst.</p>");
        Path linked = Files.createSymbolicLink(project.resolve("target/linked"), Path.of(".linked-v-1"));
        String inputs = stamp.inputs(linked, null, code);
        stamp.record(inputs, linked, List.of());
        assertTrue(stamp.unchanged(inputs, linked).isPresent(), "untouched");
        Files.writeString(folder.resolve("extra.html"), "");
        assertTrue(stamp.unchanged(inputs, linked).isEmpty(), "a file added to the folder it links to");
    }
}
