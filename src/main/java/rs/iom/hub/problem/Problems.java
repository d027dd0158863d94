package rs.iom.hub.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems from every stage of a build (possibly from several threads) so that all of them are reported
 * together instead of stopping at the first one.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    /** All problems in report order (file, line, column). */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Problem.REPORT_ORDER);
        return copy;
    }

    public synchronized long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    /** The warnings (infos are not counted: they never fail a build, not even a strict one). */
    public synchronized long warningCount() {
        return problems.stream().filter(Problem::isWarning).count();
    }

    public synchronized boolean hasErrors() {
        return errorCount() > 0;
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }
}
