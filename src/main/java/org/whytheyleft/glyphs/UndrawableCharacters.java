package org.whytheyleft.glyphs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.print.LeafletGlyphs;
import org.whytheyleft.social.CardGlyphs;

/**
 * Refuses a text for a social card or a leaflet with a character that none of the shipped fonts can draw, such as
 * an emoji or a Chinese letter: the card would show an empty box and the leaflet a {@code #} in its place, without
 * a word. The fonts themselves are asked ({@link CardGlyphs}, {@link LeafletGlyphs}), never a list of ranges.
 * Characters that are not drawn as glyphs of their own are let through: combining marks (Arabic vowel signs such as
 * the shadda, an acute accent), format characters (ZWJ, ZWNJ, direction marks, isolates) and controls; a space is
 * asked of the fonts like a letter. One problem per text, naming its first such character. Thread-safe.
 */
public final class UndrawableCharacters {

    /** Letters of a script the fonts must draw before the fix names it as one they cover. */
    private static final int SCRIPT_LETTERS = 40;
    private static final int AROUND = 12;

    private static final class Shipped {
        static final UndrawableCharacters FONTS = new UndrawableCharacters(new EnumMap<>(Map.of(
                Output.SOCIAL_CARD, CardGlyphs::draws, Output.LEAFLET, LeafletGlyphs::draws)));
    }

    private final Map<Output, IntPredicate> fonts;
    private volatile String scripts;

    /** @param fonts for each output, whether its fonts draw a code point */
    UndrawableCharacters(Map<Output, IntPredicate> fonts) {
        this.fonts = new EnumMap<>(fonts);
    }

    /** The check with the fonts the cards and the leaflets are set in. */
    public static UndrawableCharacters ofShippedFonts() {
        return Shipped.FONTS;
    }

    /**
     * The problems of every text the cards and leaflets of {@code site} print; empty when the fonts draw them all.
     *
     * @param projectDir the project whose settings and bundles {@code site} and {@code messages} were read from
     * @throws IOException when a settings file can no longer be read
     */
    public List<Problem> check(Path projectDir, SiteModel site, Messages messages) throws IOException {
        return find(PrintedTexts.of(projectDir, site, messages));
    }

    List<Problem> find(List<PrintedText> texts) {
        List<Problem> problems = new ArrayList<>();
        for (PrintedText text : texts) {
            List<Integer> offsets = undrawn(text);
            if (!offsets.isEmpty()) {
                problems.add(problem(text, offsets));
            }
        }
        return problems;
    }

    /** Where the characters are that an output of the text cannot draw, one place for each character. */
    private List<Integer> undrawn(PrintedText text) {
        List<Integer> offsets = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        String value = text.text();
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            int c = value.codePointAt(i);
            if (isDrawn(c) && text.outputs().stream().anyMatch(output -> !fonts.get(output).test(c))
                    && seen.add(c)) {
                offsets.add(i);
            }
        }
        return offsets;
    }

    /** Whether a character is drawn as a glyph of its own, rather than joining, marking or steering others. */
    static boolean isDrawn(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.FORMAT && type != Character.CONTROL;
    }

    private Problem problem(PrintedText text, List<Integer> offsets) {
        String value = text.text();
        int at = offsets.get(0);
        int c = value.codePointAt(at);
        List<Output> lacking = text.outputs().stream().filter(output -> !fonts.get(output).test(c)).toList();
        String outputs = lacking.stream().map(Output::shownName).collect(Collectors.joining(" and the "));
        String standIns = lacking.stream().map(output -> output.standIn() + " on the " + output.shownName())
                .collect(Collectors.joining(" and "));
        String more = offsets.size() == 1 ? "" : " (and " + (offsets.size() - 1) + " more such "
                + (offsets.size() == 2 ? "character" : "characters") + ")";
        return new Problem(text.file(), text.line(), text.name() + " has " + named(c) + " in '"
                + around(value, at) + "'" + more + ", which the fonts of the " + outputs
                + " do not have: it would be printed as " + standIns + ".",
                "remove it or write it in words; the shipped fonts draw " + scripts() + " script.");
    }

    /** The character as a reader of the message can look it up: "U+1F600 GRINNING FACE". */
    static String named(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X %s", codePoint, name == null ? "(unnamed)" : name);
    }

    /** The text around the character, up to {@value #AROUND} characters either side, cut at words. */
    private static String around(String value, int at) {
        int start = at;
        for (int n = 0; n < AROUND && start > 0; n++) {
            start = value.offsetByCodePoints(start, -1);
        }
        int end = value.offsetByCodePoints(at, 1);
        for (int n = 0; n < AROUND && end < value.length(); n++) {
            end = value.offsetByCodePoints(end, 1);
        }
        // A cut text starts and ends at a word, where the character has one beside it.
        int space = value.indexOf(' ', start);
        if (start > 0 && value.charAt(start - 1) != ' ' && space >= 0 && space + 1 < at) {
            start = space + 1;
        }
        int lastSpace = value.lastIndexOf(' ', end - 1);
        if (end < value.length() && value.charAt(end) != ' ' && lastSpace > value.offsetByCodePoints(at, 1)) {
            end = lastSpace;
        }
        return (start > 0 ? "..." : "") + Shown.cut(value.substring(start, end)) + (end < value.length() ? "..." : "");
    }

    /** The scripts every output draws most letters of, asked of the fonts: "Latin, Greek, Cyrillic and Arabic". */
    String scripts() {
        if (scripts == null) {
            Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
            for (int c = 0; c < 0x10000; c++) {
                if (Character.isLetter(c) && drawnByAll(c)) {
                    letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
                }
            }
            List<String> named = letters.entrySet().stream()
                    .filter(entry -> entry.getValue() >= SCRIPT_LETTERS)
                    .map(Map.Entry::getKey)
                    .filter(script -> script != Character.UnicodeScript.COMMON
                            && script != Character.UnicodeScript.INHERITED)
                    .map(UndrawableCharacters::title).toList();
            scripts = named.isEmpty() ? "no" : named.size() == 1 ? named.get(0)
                    : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        }
        return scripts;
    }

    private boolean drawnByAll(int c) {
        return fonts.values().stream().allMatch(font -> font.test(c));
    }

    private static String title(Character.UnicodeScript script) {
        String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
