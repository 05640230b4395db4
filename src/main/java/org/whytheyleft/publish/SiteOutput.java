package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.whytheyleft.core.FileNames;

/**
 * Bakes into a fresh folder beside the output and moves it into place only when the bake succeeded. Replaces an
 * earlier output only inside the project's {@code target/} folder (or an empty folder), so that a mistyped output
 * path can never delete an author's files.
 */
public final class SiteOutput {

    /** One bake into a folder; throws to leave the previous site as it was. */
    @FunctionalInterface
    public interface BakeStep<E extends Exception> {
        void bakeInto(Path folder) throws E, IOException;
    }

    private final Path target;

    /** @param target the project's {@code target/} folder, the only place where an old output may be deleted */
    public SiteOutput(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public <E extends Exception> void replace(Path output, BakeStep<E> bake) throws E, IOException {
        Path out = output.toAbsolutePath().normalize();
        if (Files.exists(out) && !out.startsWith(target) && !isEmptyFolder(out)) {
            throw new IOException(out + " exists and is not inside " + target + "; the build replaces only its own"
                    + " output. Choose an output folder inside target/ or an empty one.");
        }
        Files.createDirectories(out.getParent());
        Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + "-baking-");
        try {
            bake.bakeInto(staging);
            if (Files.exists(out)) {
                FileNames.deleteTree(out);
            }
            try {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, out);
            }
        } finally {
            if (Files.exists(staging)) {
                FileNames.deleteTree(staging);
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
