package org.whytheyleft.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandExitTest {

    private static final String MAVEN = "org.codehaus.plexus.classworlds.launcher.Launcher";

    @Test
    void aCommandRunByMavenEndsWithItsOwnLines() {
        assertTrue(CommandExit.endsHere(MAVEN + " -q package -DskipTests"));
        assertTrue(CommandExit.endsHere(MAVEN + " -q compile exec:java@add-language -Dlang=es"));
    }

    @Test
    void mavenAskedForDetailsGetsTheException() {
        for (String flag : new String[] {"-e", "--errors", "-X", "--debug"}) {
            assertFalse(CommandExit.endsHere(MAVEN + " -q package " + flag + " -DskipTests"), flag);
        }
    }

    @Test
    void outsideMavenTheExceptionIsReturnedToBeThrown() {
        assertFalse(CommandExit.endsHere("org.apache.maven.surefire.booter.ForkedBooter"));
        assertFalse(CommandExit.endsHere(""));
        IllegalStateException failure = new IllegalStateException("x");
        assertSame(failure, CommandExit.failed("printed", failure), "a test's JVM is not ended");
    }
}
