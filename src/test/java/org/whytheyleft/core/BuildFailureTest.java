package org.whytheyleft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;


class BuildFailureTest {

    @Test
    void listsTheFirstProblemsAndCountsTheRest() {
        List<Problem> problems = IntStream.rangeClosed(1, BuildFailure.SHOWN + 7)
                .mapToObj(line -> new Problem(Path.of("content/nl/eerste.md"), line, "a mistake.", "fix it."))
                .toList();

        String[] lines = new BuildFailure(problems).getMessage().split(System.lineSeparator());

        assertEquals("The site was not built: 47 problems to fix.", lines[0]);
        assertEquals(BuildFailure.SHOWN + 2, lines.length);
        assertTrue(lines[1].startsWith("  content/nl/eerste.md:1: a mistake."), lines[1]);
        assertEquals("  ... and 7 more; fix these first and build again.", lines[lines.length - 1]);
    }
}
