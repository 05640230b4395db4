package org.whytheyleft.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CssCommentsTest {

    @Test
    void removesEveryCommentAndTheLinesItLeavesBlank() {
        assertEquals("a {\n  color: red;\n}\n",
                CssComments.strip("/* Layer: base.\n   Why it exists. */\na {\n  color: red; /* the brand */\n}\n"));
    }

    @Test
    void keepsACommentMarkInsideAQuotedString() {
        assertEquals("a::before { content: \"/* not a comment */\"; }\n",
                CssComments.strip("a::before { content: \"/* not a comment */\"; }"));
        assertEquals("a::before { content: '\\'/*'; }\n", CssComments.strip("a::before { content: '\\'/*'; }"));
    }

    @Test
    void aCommentBetweenTwoTokensLeavesTheSpaceThatSeparatesThem() {
        assertEquals("margin: 0 auto;\n", CssComments.strip("margin: 0/* top */auto;"));
    }

    @Test
    void aCommentLeftOpenRunsToTheEnd() {
        assertEquals("a { }\n", CssComments.strip("a { }\n/* unfinished"));
    }
}
