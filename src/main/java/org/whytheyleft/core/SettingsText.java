package org.whytheyleft.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a settings file (a {@code .properties} file an author edits) as strict UTF-8, the way pages are read: a
 * leading byte order mark is dropped, and a file that is not UTF-8 is refused with the line and column of its first
 * bad byte, so that the author finds the letter an editor saved in another encoding. Stateless and thread-safe.
 */
public final class SettingsText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SettingsText() {
    }

    /** The text, or a problem naming the file, where it is not UTF-8 and the fix. */
    public record Result(Optional<String> text, Optional<Problem> problem) {
    }

    /**
     * @param file    the file to read
     * @param shownAs the name a problem gives it
     * @throws IOException when the file cannot be read at all
     */
    public static Result read(Path file, Path shownAs) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (utf16(bytes)) {
            return refused(Problem.ofFile(shownAs, "is saved as UTF-16, not UTF-8.",
                    "save it as UTF-8 (in most editors: Save with encoding, UTF-8)."));
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return refused(badByte(bytes, start, in.position(), shownAs));
        }
        decoder.flush(out);
        return new Result(Optional.of(out.flip().toString()), Optional.empty());
    }

    /** The line and column (in letters) of the byte at {@code bad}, counted in the valid text before it. */
    private static Problem badByte(byte[] bytes, int start, int bad, Path shownAs) {
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, start, bad - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("the text before the first bad byte decodes", e);
        }
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        return new Problem(shownAs, line, String.format(Locale.ROOT, "is not UTF-8 at line %d, column %d (byte"
                + " 0x%02X), perhaps saved as Latin-1 or Windows-1252.", line, column, bytes[bad] & 0xFF),
                "save the file as UTF-8 (in most editors: Save with encoding, UTF-8) and check the letters there.");
    }

    /** A UTF-16 byte order mark, or a zero byte (never in UTF-8 text an author writes) among the first letters. */
    private static boolean utf16(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return true;
        }
        for (int i = 0; i < Math.min(bytes.length, 64); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Result refused(Problem problem) {
        return new Result(Optional.empty(), Optional.of(problem));
    }
}
