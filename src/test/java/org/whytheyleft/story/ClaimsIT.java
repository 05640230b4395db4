package org.whytheyleft.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.whytheyleft.RealSite;

/**
 * The story says what its sources say, no more: every claim of {@code content/checks/claims.properties} is on its
 * page with the link to its source, and wording the story has ruled out is on no page (docs/story-checks.md).
 */
class ClaimsIT {

    private static Claims claims() throws IOException {
        Claims claims = new Claims(StoryFile.of("claims.properties"), RealSite.languages());
        assertEquals(List.of(), claims.mistakes, "the claims file is well formed");
        return claims;
    }

    @Test
    void everyClaimIsOnItsPageWithItsSource() throws IOException {
        Claims claims = claims();
        assertFalse(claims.statements.isEmpty(), "the claims file states claims");
        ClaimCheck check = new ClaimCheck(StoryPages.BUILT);
        List<String> failed = new ArrayList<>();
        for (Claims.Statement statement : claims.statements) {
            failed.addAll(check.check(statement));
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void noPageUsesWordingTheStoryRuledOut() throws IOException {
        ClaimCheck check = new ClaimCheck(StoryPages.BUILT);
        List<String> failed = new ArrayList<>();
        for (Claims.Never rule : claims().never) {
            failed.addAll(check.check(rule));
        }
        assertEquals(List.of(), failed);
    }
}
