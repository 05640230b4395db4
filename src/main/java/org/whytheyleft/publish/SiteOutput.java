package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Bakes into a fresh folder beside the output and puts it in place only when the bake succeeded, so that the
 * output is, at every instant, the old complete site or the new complete one, also for a server reading it during
 * the switch and after a build killed at any point. Replaces an earlier output only inside the project's
 * {@code target/} folder (or an empty folder), so that a mistyped output path can never delete an author's files.
 *
 * <p>Inside {@code target/}, the output {@code target/site} is a symbolic link to a version folder beside it,
 * {@code .site-v-<id>}. A build bakes into a new version folder, points a temporary link {@code .site-link-<id>}
 * at it, renames that link over the output (rename(2) replaces the old link atomically) and deletes the old
 * version. A kill before the rename leaves the old site in place; a kill after it, the new one. The first build
 * after one that left {@code target/site} a folder renames that folder aside before the switch, since no rename
 * puts a link in place of a folder: a kill between those two renames leaves no {@code target/site} for that
 * moment, never half of one, and the temporary link to the complete new site, which the next build (even one that
 * stops on a problem) renames into place first. Every build then deletes what killed builds left beside the
 * output: version folders it does not link to, temporary links and older builds' {@code .site-baking-*} folders,
 * only those names and only inside {@code target/}. A lock file {@code .site.lock} beside the output keeps two
 * builds of the same output from deleting each other's folders.
 *
 * <p>Whoever reads the output reads through the link: a program that walks it must follow the link at its start
 * ({@code Files.walk(site, FOLLOW_LINKS)}, {@code cp -r target/site/.}). Where symbolic links cannot be made
 * (Windows without developer mode), the output is a plain folder and the new one is renamed in after the old one
 * is renamed aside: a kill between those renames leaves no site until the next build, never half of one. Outside
 * {@code target/}, where the output must be absent or empty, it is such a plain folder too.
 */
public final class SiteOutput {

    /** One bake into a folder; throws to leave the previous site as it was. */
    @FunctionalInterface
    public interface BakeStep<E extends Exception> {
        void bakeInto(Path folder) throws E, IOException;
    }

    /** File locks are held per JVM: builds in one JVM take turns on a lock of their own first. */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path target;

    /** @param target the project's {@code target/} folder, the only place where an old output may be deleted */
    public SiteOutput(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /**
     * Bakes with {@code bake} and puts the result in place of {@code output}; when the bake throws, the output stays
     * as it was and the bake's folder is deleted.
     *
     * @throws IOException when {@code output} is outside {@code target/} and neither absent nor an empty folder
     */
    public <E extends Exception> void replace(Path output, BakeStep<E> bake) throws E, IOException {
        Path out = output.toAbsolutePath().normalize();
        if (!inTarget(out) && Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(out)) {
            throw new IOException(out + " exists and is not inside " + target + "; the build replaces only its own"
                    + " output. Choose an output folder inside target/ or an empty one.");
        }
        Files.createDirectories(out.getParent());
        if (!inTarget(out)) {
            bakeAndPublish(new VersionedOutput(out), bake, false);
            return;
        }
        try (OutputLock lock = new OutputLock(out)) {
            VersionedOutput versions = new VersionedOutput(out);
            versions.tidy();
            bakeAndPublish(versions, bake, true);
        }
    }

    /**
     * Finishes the switch of a build killed in the middle of it and deletes what killed builds left beside
     * {@code output}; does nothing outside {@code target/}.
     */
    public void tidy(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        if (inTarget(out) && Files.isDirectory(out.getParent())) {
            try (OutputLock lock = new OutputLock(out)) {
                new VersionedOutput(out).tidy();
            }
        }
    }

    /** Deletes an output inside {@code target/} with its version folder and leftovers; refuses any other. */
    public void delete(Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        if (!inTarget(out)) {
            throw new IOException(out + " is not inside " + target + "; the build deletes only its own output.");
        }
        if (Files.isDirectory(out.getParent())) {
            try (OutputLock lock = new OutputLock(out)) {
                new VersionedOutput(out).remove();
            }
        }
    }

    private static <E extends Exception> void bakeAndPublish(VersionedOutput versions, BakeStep<E> bake,
                                                             boolean linked) throws E, IOException {
        Path version = versions.newVersion();
        try {
            bake.bakeInto(version);
            VersionedOutput.step("baked");
            if (linked) {
                versions.publish(version);
            } else {
                versions.moveIntoPlace(version);
            }
        } finally {
            versions.dropUnlessCurrent(version);
        }
    }

    /** The lock file {@code .<name>.lock} beside an output, held by one build at a time. */
    private static final class OutputLock implements AutoCloseable {

        private final ReentrantLock inThisJvm;
        private final FileChannel channel;

        OutputLock(Path out) throws IOException {
            Path file = out.resolveSibling("." + out.getFileName() + ".lock");
            inThisJvm = IN_THIS_JVM.computeIfAbsent(file, any -> new ReentrantLock());
            inThisJvm.lock();
            FileChannel opened = null;
            try {
                opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                opened.lock();
            } catch (IOException | RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                inThisJvm.unlock();
                throw e;
            }
            channel = opened;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                inThisJvm.unlock();
            }
        }
    }

    /** Strictly inside {@code target/}: never {@code target/} itself, which holds more than the site. */
    private boolean inTarget(Path out) {
        return out.startsWith(target) && !out.equals(target);
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
