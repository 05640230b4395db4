package org.whytheyleft.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the last successful build of an output was made from, kept in {@code target/}, so that the README's build
 * command can skip a bake whose result would be the same bytes as the site already there. The inputs are hashed
 * whole: every file under {@code content/}, {@code templates/} and {@code assets/} (names and bytes), the code that
 * builds (every folder and jar on the class path: a folder's files by their bytes, a jar by its path, size and
 * time), the JDK, the site URL override and the output path. The output itself is listed by name, size and time,
 * so a site edited, deleted or replaced by another build is built again. Any doubt (no stamp, an unreadable one)
 * means build.
 */
public final class BuildStamp {

    private static final String FORMAT = "build-stamp 1";
    private static final List<String> INPUT_FOLDERS = List.of("content", "templates", "assets");

    private final Path projectDir;
    private final Path stampFile;

    /** @param stampFile where the stamp is kept, inside the project's {@code target/} */
    public BuildStamp(Path projectDir, Path stampFile) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.stampFile = stampFile;
    }

    /** The hash of everything a build of {@code output} reads, with {@code siteUrlOverride} (null for none). */
    public String inputs(Path output, String siteUrlOverride, ClassLoader code) throws IOException {
        MessageDigest digest = sha256();
        line(digest, FORMAT);
        line(digest, System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version") + " "
                + System.getProperty("java.home") + " " + System.getProperty("os.arch"));
        line(digest, siteUrlOverride == null ? "no override" : "site.url=" + siteUrlOverride);
        line(digest, output.toAbsolutePath().normalize().toString());
        for (String folder : INPUT_FOLDERS) {
            tree(digest, projectDir.resolve(folder));
        }
        for (Path entry : classPath(code)) {
            if (Files.isDirectory(entry)) {
                tree(digest, entry);
            } else if (Files.isRegularFile(entry)) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                line(digest, "jar " + entry + " " + attributes.size() + " " + attributes.lastModifiedTime());
            } else {
                line(digest, "missing " + entry);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The lines the build printed when it made {@code output} from these {@code inputs}, if the site there is still
     * exactly what it wrote; empty when it must be built.
     */
    public Optional<List<String>> unchanged(String inputs, Path output) {
        try {
            if (!Files.isRegularFile(stampFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
            int printed = lines.indexOf("printed:");
            if (lines.size() < 3 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals(inputs) || printed < 2
                    || !lines.subList(2, printed).equals(listing(output))) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(lines.subList(printed + 1, lines.size())));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Records that {@code output} was built from {@code inputs}, printing {@code printed}. */
    public void record(String inputs, Path output, List<String> printed) throws IOException {
        List<String> lines = new ArrayList<>(List.of(FORMAT, inputs));
        lines.addAll(listing(output));
        lines.add("printed:");
        lines.addAll(printed);
        Files.createDirectories(stampFile.getParent());
        Path temporary = Files.createTempFile(stampFile.getParent(), ".stamp-", ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, stampFile, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the stamp: the output is about to change. */
    public void forget() throws IOException {
        Files.deleteIfExists(stampFile);
    }

    /**
     * Every file of the output with its size and modification time, in name order; an output that links to its
     * folder ({@link SiteOutput}) is listed by the files of that folder.
     */
    private static List<String> listing(Path linked) throws IOException {
        if (!Files.isDirectory(linked)) {
            return List.of("no output");
        }
        Path output = linked.toRealPath();
        try (Stream<Path> files = Files.walk(output)) {
            return files.sorted().map(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    return output.relativize(file) + " " + (attributes.isDirectory() ? "dir"
                            : attributes.size() + " " + attributes.lastModifiedTime());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Names and bytes of every file under {@code root}; a symbolic link by its target as well. */
    private static void tree(MessageDigest digest, Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            line(digest, "absent " + root);
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            line(digest, "path " + root.relativize(path));
            if (Files.isSymbolicLink(path)) {
                line(digest, "link " + Files.readSymbolicLink(path));
            }
            if (Files.isRegularFile(path)) {
                digest.update(Files.readAllBytes(path));
                line(digest, "");
            }
        }
    }

    /** The folders and jars the build's classes come from: the loaders' own URLs, then the JVM's class path. */
    private static Set<Path> classPath(ClassLoader code) {
        Set<Path> entries = new LinkedHashSet<>();
        for (ClassLoader loader = code; loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        entries.add(Path.of(url.getPath()));
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return entries;
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
