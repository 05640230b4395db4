package org.whytheyleft.core;

import java.util.List;


/** The build stopped before writing the site; the message lists every problem, one line each. */
public final class BuildFailure extends Exception {

    /** How many problems the message lists. */
    public static final int SHOWN = 40;

    private final List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first line of the message: how many problems stopped the build. */
    public String summary() {
        return summary(problems);
    }

    private static String summary(List<Problem> problems) {
        return "The site was not built: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to fix.";
    }

    /**
     * The summary and one line per problem, at most {@link #SHOWN} of them, then how many more there are: a
     * thousand lines of one repeated mistake hide the first, which is the one to fix.
     */
    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder(summary(problems));
        problems.stream().sorted().limit(SHOWN)
                .forEach(p -> text.append(System.lineSeparator()).append("  ").append(p.describe()));
        if (problems.size() > SHOWN) {
            text.append(System.lineSeparator()).append("  ... and ").append(problems.size() - SHOWN)
                    .append(" more; fix these first and build again.");
        }
        return text.toString();
    }
}
