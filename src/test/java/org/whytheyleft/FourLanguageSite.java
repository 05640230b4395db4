package org.whytheyleft;

import java.nio.file.Path;

import org.whytheyleft.core.FileNames;

/**
 * The four-language fixture ({@link FixtureProject#copyFourLanguagesTo}) baked once per test JVM into
 * {@code target/four-languages/site}, for the tests that read it as files and as a browser would.
 */
public final class FourLanguageSite {

    public static final Path PROJECT = FixtureProject.PROJECT.resolve("target/four-languages/project");
    public static final Path SITE = FixtureProject.PROJECT.resolve("target/four-languages/site");

    private static boolean baked;

    private FourLanguageSite() {
    }

    /** The built site, baked on the first call. */
    public static synchronized Path site() throws Exception {
        if (!baked) {
            FileNames.deleteTree(PROJECT.getParent());
            FixtureProject.copyFourLanguagesTo(PROJECT);
            new SiteBuild(PROJECT).build(SITE, null);
            baked = true;
        }
        return SITE;
    }
}
