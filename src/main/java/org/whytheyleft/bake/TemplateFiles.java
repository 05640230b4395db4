package org.whytheyleft.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.whytheyleft.core.Problem;

/**
 * Checks before the bake that every page template JBake will ask for exists, so that a missing one is reported
 * as one problem naming the file and the pages that need it, not as a failure per page halfway through.
 */
public final class TemplateFiles {

    private final Path projectDir;

    public TemplateFiles(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** @param types the page types in use ({@code home}, {@code chapter}, ...) */
    public List<Problem> check(Set<String> types) {
        Properties settings = Bake.settings();
        Set<String> needed = new TreeSet<>(types);
        needed.add("masterindex");
        needed.add("error404");
        List<Problem> problems = new ArrayList<>();
        for (String type : needed) {
            String name = settings.getProperty("template." + type + ".file");
            Path file = Path.of("templates", name);
            if (!Files.isRegularFile(projectDir.resolve(file))) {
                String user = switch (type) {
                    case "masterindex" -> "the entry page";
                    case "error404" -> "the 404 page";
                    default -> "pages of type=" + type;
                };
                problems.add(Problem.ofFile(file, "is missing; " + user + " need it.",
                        "restore the template, for example with git checkout -- " + file.toString().replace('\\', '/')
                                + "."));
            }
        }
        return problems;
    }
}
