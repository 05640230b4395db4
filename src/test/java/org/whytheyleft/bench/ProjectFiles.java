package org.whytheyleft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.whytheyleft.FixtureProject;

/** Copying and deleting the benchmark's folder trees. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static void copyTree(Path from, Path to) throws IOException {
        FixtureProject.copyTree(from, to);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = list(root);
        for (Path path : paths.stream().sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
        }
    }

    /** Every file and folder under {@code root}, itself included, in a stable order. */
    static List<Path> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }

    static List<Path> files(Path root) throws IOException {
        return list(root).stream().filter(Files::isRegularFile).toList();
    }
}
