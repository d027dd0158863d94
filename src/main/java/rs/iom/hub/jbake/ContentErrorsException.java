package rs.iom.hub.jbake;

import rs.iom.hub.problem.Problems;

/** Stops a bake after reading when the sources have errors; the problems are in the bake session. */
public final class ContentErrorsException extends RuntimeException {
    private final transient Problems problems;

    public ContentErrorsException(Problems problems) {
        super(problems.errorCount() + " error(s) in the site sources");
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }
}
