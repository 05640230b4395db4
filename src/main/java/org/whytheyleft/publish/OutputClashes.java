package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.whytheyleft.core.FileNames;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.core.Problem;

/**
 * Finds files under {@code content/} that would be published where the build writes a file of its own: one would
 * silently replace the other (a contributor's QR code offered for printing). Paths that differ only in case count
 * as the same, since the site is often checked out and served on file systems that ignore case.
 */
public final class OutputClashes {

    private final Path projectDir;

    public OutputClashes(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** @param generated every generated path with what it is, from {@link GeneratedFiles#of} */
    public List<Problem> find(Map<String, String> generated) throws IOException {
        Map<String, String> byFoldedPath = new HashMap<>();
        generated.forEach((path, what) -> byFoldedPath.putIfAbsent(path.toLowerCase(Locale.ROOT), path));
        Path contentDir = projectDir.resolve("content");
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = contentDir.relativize(file).toString().replace('\\', '/');
                String clash = byFoldedPath.get(path.toLowerCase(Locale.ROOT));
                if (clash != null && ContentReader.MEDIA.contains(FileNames.extension(path))) {
                    problems.add(Problem.ofFile(Path.of("content", path), "would be published where the build writes "
                            + generated.get(clash) + (clash.equals(path) ? "" : " (" + clash + ")") + ".",
                            fixFor(generated.get(clash))));
                }
            }
        }
        return problems;
    }

    private static String fixFor(String what) {
        return what.equals("the leaflet") || what.equals("the offline edition")
                ? "rename the file, or give leaflet.file or offline.file another name in templates/messages/."
                : "rename or move the file: the build makes " + what + " itself.";
    }

}
