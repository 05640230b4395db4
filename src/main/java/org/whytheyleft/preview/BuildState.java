package org.whytheyleft.preview;

import java.util.List;

import org.whytheyleft.core.Problem;

/**
 * What the last build of the preview did: its id, which changes with every build, failed or not, and the problems
 * that stopped it (none when it built). A page and the events endpoint name a build by its id, so that a page
 * served by one build learns of the next.
 */
record BuildState(String id, List<Problem> problems) {

    BuildState {
        problems = List.copyOf(problems);
    }

    boolean failed() {
        return !problems.isEmpty();
    }
}
