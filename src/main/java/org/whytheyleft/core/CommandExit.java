package org.whytheyleft.core;

import java.util.List;

/**
 * Ends a command of the README (the build, the preview, adding or marking a language) that failed, so that its
 * problems and one closing line are the last thing on screen. Under Maven's {@code exec:java} a thrown exception is
 * wrapped in Maven's own report ({@code [ERROR] Failed to execute goal ...}, "Re-run Maven using the -X switch",
 * help links), which buries the problems; so there the command prints and ends the JVM with exit code 1. When Maven
 * was asked for details ({@code -e}, {@code -X}), or outside Maven (tests, the benchmark), the exception is thrown as
 * before and Maven or the caller reports it in full.
 */
public final class CommandExit {

    /** The launcher Maven's JVM runs: {@code sun.java.command} starts with it, then Maven's arguments. */
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";
    private static final List<String> DETAIL_FLAGS = List.of("-e", "--errors", "-X", "--debug");

    private CommandExit() {
    }

    /**
     * Prints {@code text} (the problems, then one line saying what to do) to standard error, then either ends the
     * JVM with exit code 1 or returns {@code failure} for the caller to throw.
     */
    public static <E extends Exception> E failed(String text, E failure) {
        System.err.println(text);
        if (endsHere(System.getProperty("sun.java.command", ""))) {
            System.out.flush();
            System.err.flush();
            System.exit(1);
        }
        return failure;
    }

    /** Whether a JVM started with {@code command} (main class and arguments) is Maven's, without detail flags. */
    static boolean endsHere(String command) {
        List<String> words = List.of(command.strip().split("\\s+"));
        return words.get(0).equals(MAVEN_LAUNCHER) && words.stream().noneMatch(DETAIL_FLAGS::contains);
    }
}
