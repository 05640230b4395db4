package org.whytheyleft.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import org.whytheyleft.content.TranslationFields;

/**
 * One version of a page's body as a translation records it: a short SHA-256 of the whole normalised body and one
 * of each paragraph, so that a later version shows which paragraphs changed. A paragraph is a top-level Markdown
 * block (a paragraph, heading, list, quotation, table, code block) as flexmark reads it; normalising joins its
 * lines with single spaces and composes accents (NFC), so re-wrapping a paragraph or re-saving it in another
 * editor changes no hash. Same body, same hashes, on every machine.
 *
 * @param hash       {@value TranslationFields#BODY_HASH_LENGTH} hex digits of the normalised body
 * @param paragraphs the body's paragraphs in order
 */
public record SourceVersion(String hash, List<Paragraph> paragraphs) {

    /** What a paragraph's first words are cut to when the status names it. */
    private static final int FIRST_WORDS = 8;
    private static final int FIRST_WORDS_MAX_CHARS = 60;
    /** Only the blocks are needed: the core parser finds them without the site's extensions. */
    private static final Parser PARSER = Parser.builder().build();

    /**
     * @param hash       {@value TranslationFields#PARAGRAPH_HASH_LENGTH} hex digits of the normalised paragraph
     * @param firstWords its first words as a reader sees them, without Markdown marks, for the status
     */
    public record Paragraph(String hash, String firstWords) {
    }

    public SourceVersion {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The version of a body, as {@code content.SourcePage#body()} gives it. */
    public static SourceVersion of(String markdown) {
        List<String> normalised = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node block : PARSER.parse(markdown).getChildren()) {
            String text = normalise(block.getChars().toString());
            if (!text.isEmpty()) {
                normalised.add(text);
                paragraphs.add(new Paragraph(sha256(text, TranslationFields.PARAGRAPH_HASH_LENGTH),
                        firstWords(block)));
            }
        }
        return new SourceVersion(sha256(String.join("\n\n", normalised), TranslationFields.BODY_HASH_LENGTH),
                paragraphs);
    }

    /** The paragraphs' hashes, in order, as {@code sourceparagraphs} records them. */
    public List<String> paragraphHashes() {
        return paragraphs.stream().map(Paragraph::hash).toList();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static String firstWords(Node block) {
        String text = new TextCollectingVisitor().collectAndGetText(block)
                .replaceAll("\\{[^}]*}", " ").replaceAll("\\s+", " ").strip();
        String[] words = text.split(" ");
        String first = String.join(" ", List.of(words).subList(0, Math.min(FIRST_WORDS, words.length)));
        if (first.length() > FIRST_WORDS_MAX_CHARS) {
            first = first.substring(0, FIRST_WORDS_MAX_CHARS).strip();
        }
        return first.length() < text.length() ? first + " …" : first;
    }

    private static String sha256(String text, int digits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}
