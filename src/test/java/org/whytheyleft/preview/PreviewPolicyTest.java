package org.whytheyleft.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PreviewPolicyTest {

    private static final String SCRIPT = "http://127.0.0.1:8820/_preview/reload.js";

    @Test
    void aDirectiveThatAllowsNothingAllowsTheOneSourceAndNothingElse() {
        assertEquals("default-src 'self'; script-src " + SCRIPT + "; form-action 'none'",
                PreviewPolicy.allow("default-src 'self'; script-src 'none'; form-action 'none'", "script-src",
                        SCRIPT));
    }

    @Test
    void aMissingDirectiveStartsFromTheDefaultSourcesTheBrowserWouldHaveUsed() {
        assertEquals("default-src 'self' data:; script-src 'self' data: " + SCRIPT,
                PreviewPolicy.allow("default-src 'self' data:", "script-src", SCRIPT));
        assertEquals("default-src 'none'; script-src " + SCRIPT,
                PreviewPolicy.allow("default-src 'none';", "script-src", SCRIPT));
    }

    @Test
    void aPolicyThatRestrictsNothingIsLeftAsItIs() {
        assertEquals("base-uri 'self'", PreviewPolicy.allow("base-uri 'self'", "script-src", SCRIPT));
    }
}
