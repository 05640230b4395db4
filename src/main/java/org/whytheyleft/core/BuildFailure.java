package org.whytheyleft.core;

import java.util.List;


/** The build stopped before writing the site; the message lists every problem, one line each. */
public final class BuildFailure extends Exception {

    private final List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder("The site was not built: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " to fix.");
        problems.stream().sorted().forEach(p -> text.append(System.lineSeparator()).append("  ").append(p.describe()));
        return text.toString();
    }
}
