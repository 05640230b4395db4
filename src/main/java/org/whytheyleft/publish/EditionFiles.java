package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.whytheyleft.view.Edition;

/** Writes the take-away editions, made in memory before the bake, into the site at the paths they name. */
public final class EditionFiles {

    private final List<Edition> editions;

    public EditionFiles(List<Edition> editions) {
        this.editions = List.copyOf(editions);
    }

    public void writeInto(Path siteDir) throws IOException {
        for (Edition edition : editions) {
            Path file = siteDir.resolve(edition.file());
            Files.createDirectories(file.getParent());
            Files.write(file, edition.content());
        }
    }
}
