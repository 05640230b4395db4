package org.whytheyleft.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Files made by earlier builds, kept under {@code target/}, each named by a hash of everything its bytes depend on:
 * an entry is never stale, since any change of input gives a new name. Entries are only ever added, and
 * {@code mvn clean} removes them all. Safe for concurrent use: an entry is written whole, then moved into place.
 */
public final class FileCache {

    /** Makes the bytes of an entry that is not there yet. */
    @FunctionalInterface
    public interface Maker {
        byte[] make() throws IOException;
    }

    private final Path dir;

    /** @param dir where entries are kept; {@code null} for no cache, making everything each time */
    public FileCache(Path dir) {
        this.dir = dir;
    }

    /** The bytes filed under {@code key}: read back, or made by {@code maker} and kept as {@code <hash>.<ext>}. */
    public byte[] get(String key, String extension, Maker maker) throws IOException {
        if (dir == null) {
            return maker.make();
        }
        Path entry = dir.resolve(HexFormat.of().formatHex(sha256().digest(key.getBytes(StandardCharsets.UTF_8)),
                0, 20) + "." + extension);
        if (Files.isRegularFile(entry)) {
            return Files.readAllBytes(entry);
        }
        byte[] bytes = maker.make();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, ".entry-", ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
        }
        return bytes;
    }

    /**
     * A fingerprint of what makes the entries: the JDK, the bytes of {@code resources} (classes and fonts, found
     * beside {@code owner} or from the root with a leading {@code /}) and where each of {@code libraries} is loaded
     * from, which names its version without loading it.
     */
    public static String fingerprint(Class<?> owner, List<String> resources, List<String> libraries) {
        MessageDigest digest = sha256();
        digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
        for (String library : libraries) {
            digest.update(String.valueOf(owner.getClassLoader().getResource(library)).getBytes(StandardCharsets.UTF_8));
        }
        for (String resource : resources) {
            try (InputStream in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath.");
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
