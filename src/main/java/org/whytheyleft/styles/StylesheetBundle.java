package org.whytheyleft.styles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whytheyleft.core.Problem;

/**
 * Joins {@code assets/css/site.css} and the layers it imports ({@code @import url("base.css");}, one per line)
 * into one file, in import order, so that a page's first visit needs one small stylesheet instead of a cascade
 * of requests. The imported files are then removed from the site, which needs only the bundle.
 */
public final class StylesheetBundle {

    private static final Pattern IMPORT = Pattern.compile("\\s*@import\\s+url\\(\"([^\"]+)\"\\)\\s*;\\s*");

    private final Path projectDir;

    public StylesheetBundle(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** The bundle, and the files it took in; or the problems (a missing or looping import). */
    public record Result(String css, Set<Path> parts, List<Problem> problems) {
    }

    public Result bundle(Path entry) throws IOException {
        StringBuilder css = new StringBuilder();
        Set<Path> parts = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        append(entry.toAbsolutePath().normalize(), css, parts, problems);
        parts.remove(entry.toAbsolutePath().normalize());
        return new Result(css.toString(), parts, problems);
    }

    /** Replaces the copied entry stylesheet in the site by the bundle and removes the copied parts. */
    public void writeInto(Path siteDir, Path assetsDir, Result bundle) throws IOException {
        Path assets = assetsDir.toAbsolutePath().normalize();
        Files.writeString(siteDir.resolve("css/site.css"), bundle.css(), StandardCharsets.UTF_8);
        for (Path part : bundle.parts()) {
            Path copied = siteDir.resolve(assets.relativize(part).toString());
            Files.deleteIfExists(copied);
            Path folder = copied.getParent();
            try (var rest = Files.list(folder)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private void append(Path file, StringBuilder css, Set<Path> parts, List<Problem> problems) throws IOException {
        parts.add(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = IMPORT.matcher(lines.get(i));
            if (!matcher.matches()) {
                css.append(lines.get(i)).append('\n');
                continue;
            }
            Path imported = file.getParent().resolve(matcher.group(1)).normalize();
            Path shown = projectDir.relativize(file);
            if (parts.contains(imported)) {
                problems.add(new Problem(shown, i + 1, "imports " + matcher.group(1) + " a second time.",
                        "import each stylesheet once."));
            } else if (!Files.isRegularFile(imported)) {
                problems.add(new Problem(shown, i + 1, "imports " + matcher.group(1) + ", which does not exist.",
                        "correct the file name, or remove the @import line."));
            } else {
                append(imported, css, parts, problems);
            }
        }
    }
}
