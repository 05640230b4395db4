package org.whytheyleft;

/**
 * The short reason a command-line build failed, after its problems were printed: Maven shows this message in its
 * own failure report, so it stays one sentence.
 */
public final class SiteNotBuilt extends Exception {

    public SiteNotBuilt(String reason) {
        super(reason, null, false, false);
    }
}
