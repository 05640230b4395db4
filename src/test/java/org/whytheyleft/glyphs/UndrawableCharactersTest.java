package org.whytheyleft.glyphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.whytheyleft.core.Problem;

class UndrawableCharactersTest {

    private static final Path PAGE = Path.of("content/en/about.md");
    private final UndrawableCharacters shipped = UndrawableCharacters.ofShippedFonts();

    private static PrintedText onBoth(String text) {
        return new PrintedText(PAGE, 1, "the title", text, EnumSet.allOf(Output.class));
    }

    @Test
    void refusesAnEmojiThatNoShippedFontHasWithItsCodeNameAndPlace() {
        List<Problem> problems = shipped.find(List.of(onBoth("Why they left 😀 the group")));

        assertEquals(List.of("content/en/about.md:1: the title has U+1F600 GRINNING FACE in '...they left 😀"
                + " the group', which the fonts of the social card and the leaflet do not have: it would be"
                + " printed as an empty box on the social card and '#' on the leaflet. Fix: remove it or write it"
                + " in words; the shipped fonts draw Latin, Greek, Cyrillic and Arabic script."),
                problems.stream().map(Problem::describe).toList());
    }

    @Test
    void letsThroughTheMarksSpacesAndPunctuationTheLayoutHandles() {
        String persian = "می\u200Cخواهم"; // ZWNJ inside a word
        String arabic = "الشدّة \u200Fمثال"; // shadda, right-to-left mark
        String punctuation = "a\u00A0b\u202Fc \u2018q\u2019 \u201Cqq\u201D \u2013 \u2014 \u2026 \u00B7 \u2192";
        String latin = "Neden IŞİD’den ayrıldılar, é (e\u0301), Ελλάδα, Россия";

        assertEquals(List.of(), shipped.find(List.of(onBoth(persian), onBoth(arabic), onBoth(punctuation),
                onBoth(latin), onBoth("\u2066isolated\u2069 \u200D"))));
    }

    @Test
    void refusesChineseInEveryOutputAndCountsTheOtherCharactersOnce() {
        List<Problem> problems = shipped.find(List.of(onBoth("中文中文 and 中")));

        assertEquals(1, problems.size(), "one problem per text");
        assertTrue(problems.get(0).message().startsWith("the title has U+4E2D CJK UNIFIED IDEOGRAPHS 4E2D in"
                + " '中文中文 and 中' (and 1 more such character), "), problems.get(0).message());
    }

    @Test
    void namesOnlyTheOutputWhoseFontsLackTheCharacter() {
        UndrawableCharacters fonts = new UndrawableCharacters(Map.of(Output.SOCIAL_CARD, c -> true,
                Output.LEAFLET, c -> c < 0x2000));

        Problem problem = fonts.find(List.of(onBoth("Help ☎"))).get(0);

        assertTrue(problem.message().contains("which the fonts of the leaflet do not have: it would be printed"
                + " as '#' on the leaflet."), problem.message());
    }

    @Test
    void asksOnlyTheOutputsThatPrintTheText() {
        UndrawableCharacters fonts = new UndrawableCharacters(Map.of(Output.SOCIAL_CARD, c -> c < 0x2000,
                Output.LEAFLET, c -> true));

        assertEquals(List.of(), fonts.find(List.of(new PrintedText(PAGE, 2, "the summary", "Help ☎",
                EnumSet.of(Output.LEAFLET)))));
    }

    @Test
    void namesTheScriptsTheShippedFontsDraw() {
        assertEquals("Latin, Greek, Cyrillic and Arabic", shipped.scripts());
    }

    @Test
    void doesNotCountMarksAndFormatCharactersAsDrawn() {
        assertTrue(UndrawableCharacters.isDrawn('a'));
        assertTrue(UndrawableCharacters.isDrawn(0x3000), "a space is asked of the fonts");
        assertTrue(!UndrawableCharacters.isDrawn(0x0651) && !UndrawableCharacters.isDrawn(0x200C)
                && !UndrawableCharacters.isDrawn(0xFE0F) && !UndrawableCharacters.isDrawn(0x200F));
    }
}
