package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.whytheyleft.core.FileNames;

/**
 * The names beside one output {@code <name>} that {@link SiteOutput} works with, and the renames between them:
 * version folders {@code .<name>-v-<id>}, temporary links {@code .<name>-link-<id>}, and the staging folders
 * {@code .<name>-baking-<digits>} of builds older than these. Ids begin with the time, so that names sort by age.
 * Not thread-safe: {@link SiteOutput} holds the output's lock around every use.
 */
final class VersionedOutput {

    /**
     * Milliseconds to pause at each step of a switch, printing {@code publish: <step>} first, so that a test can
     * kill the build at that very step; unset (always, outside that test), the steps run straight through.
     */
    static final String PAUSE = "publish.pause";

    private final Path out;
    private final Path parent;
    private final String name;
    private final Pattern ours;

    /** @param out an absolute, normalised output path */
    VersionedOutput(Path out) {
        this.out = out;
        this.parent = out.getParent();
        this.name = out.getFileName().toString();
        this.ours = Pattern.compile("\\." + Pattern.quote(name) + "-(v|link|baking)-[0-9a-z]+");
    }

    /** A new, empty version folder beside the output. */
    Path newVersion() throws IOException {
        return Files.createDirectory(sibling("v"));
    }

    /** The version folder the output links to, or null when it is no link to one of ours. */
    Path current() throws IOException {
        if (!Files.isSymbolicLink(out)) {
            return null;
        }
        Path target = parent.resolve(Files.readSymbolicLink(out)).normalize();
        return parent.equals(target.getParent()) && isOurs(target) ? target : null;
    }

    /**
     * Switches the output to a complete version folder: a temporary link to it is renamed over the output, which
     * rename(2) does atomically; then the previous version is deleted. The first time, when the output is still a
     * folder, that folder is renamed aside first, and the temporary link, made before, lets {@link #tidy} finish the
     * switch of a build killed between the two renames.
     */
    void publish(Path version) throws IOException {
        Path link = sibling("link");
        try {
            Files.createSymbolicLink(link, version.getFileName());
        } catch (UnsupportedOperationException | FileSystemException e) {
            // Windows lets only administrators and developer mode make symbolic links: there the output stays a
            // folder, renamed into place; a build killed between the renames leaves no site, never half of one.
            moveIntoPlace(version);
            return;
        }
        step("linked");
        Path old = current();
        boolean setAside = old == null && Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (setAside) {
            old = sibling("v");
            move(out, old);
            step("set aside");
        }
        try {
            move(link, out);
        } catch (IOException e) {
            if (setAside) {
                move(old, out);
            }
            throw e;
        }
        step("switched");
        if (old != null) {
            delete(old);
        }
        step("cleaned");
    }

    /** Renames a complete folder into place of the output, setting aside and then deleting what was there. */
    void moveIntoPlace(Path version) throws IOException {
        Path old = current();
        if (Files.isSymbolicLink(out)) {
            Files.delete(out);
        } else if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            old = sibling("v");
            move(out, old);
        }
        step("set aside");
        move(version, out);
        step("switched");
        if (old != null) {
            delete(old);
        }
    }

    /**
     * Finishes or clears what killed builds left: an output missing since a first switch was killed gets the
     * complete version its temporary link points to (the newest, if several); then every name of ours that the
     * output does not link to is deleted.
     */
    void tidy() throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Path link = entries().stream().filter(Files::isSymbolicLink).filter(Files::isDirectory)
                    .max(Comparator.naturalOrder()).orElse(null);
            if (link != null) {
                move(link, out);
            }
        }
        Path current = current();
        for (Path entry : entries()) {
            if (!entry.equals(current)) {
                delete(entry);
            }
        }
    }

    /** Deletes the output, the version it links to and every leftover of ours. */
    void remove() throws IOException {
        Path current = current();
        delete(out);
        if (current != null) {
            delete(current);
        }
        tidy();
    }

    /** Deletes a folder of ours unless the output links to it, as when its bake failed. */
    void dropUnlessCurrent(Path version) throws IOException {
        if (!version.equals(current())) {
            delete(version);
        }
    }

    private boolean isOurs(Path path) {
        return ours.matcher(path.getFileName().toString()).matches();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(this::isOurs).sorted().toList();
        }
    }

    private Path sibling(String kind) {
        return parent.resolve("." + name + "-" + kind + "-" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
    }

    /** A link by itself, never what it points to; a folder with everything in it. */
    private static void delete(Path path) throws IOException {
        if (Files.isSymbolicLink(path) || !Files.isDirectory(path)) {
            Files.deleteIfExists(path);
        } else {
            FileNames.deleteTree(path);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The test's pause at a step ({@link #PAUSE}); nothing at all unless it is set. */
    static void step(String step) {
        Long pause = Long.getLong(PAUSE);
        if (pause == null) {
            return;
        }
        System.out.println("publish: " + step);
        System.out.flush();
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
