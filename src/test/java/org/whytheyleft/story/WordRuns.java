package org.whytheyleft.story;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fingerprints of every run of eight consecutive words of a text: lower-cased, with everything but letters (with
 * their marks, such as the Arabic shadda) and digits turned into spaces, hashed with SHA-256. Lets a test compare
 * our pages with the news report without the project keeping the report's text. {@code main} prints the
 * fingerprints of a file, one per line.
 */
final class WordRuns {

    static final int RUN = 8;

    private WordRuns() {
    }

    static List<String> words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ").strip();
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /** Every run of eight words, as the words joined by single spaces. */
    static Set<String> runs(String text) {
        List<String> words = words(text);
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    static String fingerprint(String run) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        for (String run : runs(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))) {
            System.out.println(fingerprint(run));
        }
    }
}
