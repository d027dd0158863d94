package rs.iom.hub.publish;

import rs.iom.hub.problem.Problem;

import java.util.Objects;

/**
 * A publish that could not be completed: the problem names the file and the reason, and says whether the previous
 * site was put back (when even that failed, the next hub run undoes the publish before anything else).
 */
public final class PublishException extends Exception {
    private final transient Problem problem;
    private final boolean restored;

    PublishException(Problem problem, boolean restored) {
        super(Objects.requireNonNull(problem, "problem").message());
        this.problem = problem;
        this.restored = restored;
    }

    public Problem problem() {
        return problem;
    }

    /** True when the output folder holds the previous site again. */
    public boolean restored() {
        return restored;
    }
}
