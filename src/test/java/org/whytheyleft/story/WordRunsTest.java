package org.whytheyleft.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordRunsTest {

    @Test
    void wordsIgnoreCaseQuotesAndPunctuation() {
        assertEquals(List.of("dit", "is", "geen", "heilige", "oorlog"), WordRuns.words("„Dit is géén"
                .replace("é", "e") + " heilige oorlog.”"));
    }

    @Test
    void runsAreEveryEightConsecutiveWords() {
        var runs = WordRuns.runs("one two three four five six seven eight nine");
        assertEquals(List.of("one two three four five six seven eight", "two three four five six seven eight nine"),
                List.copyOf(runs));
        assertTrue(WordRuns.runs("too short to count").isEmpty());
    }

    @Test
    void theSameRunWrittenDifferentlyHasTheSameFingerprint() {
        String a = WordRuns.runs("One, two: three \"four\" five six seven eight").iterator().next();
        String b = WordRuns.runs("one two three four five six seven eight").iterator().next();
        assertEquals(WordRuns.fingerprint(a), WordRuns.fingerprint(b));
    }
}
