package rs.iom.hub.pipeline;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.site.EditionContext;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a build.
 *
 * @param success  true when the new site is in place
 * @param problems every error and warning, in report order
 * @param pages    files written (a rebuild writes only the files that changed)
 * @param time     how long it took
 * @param timings  time per phase ("read 1.2 s, plan 0.3 s, …"); empty when the build stopped early
 * @param total    files the site has (pages, feeds, search index, assets)
 * @param previousKept for a failed build: true when the output folder holds the previous site as it was (false only
 *                 when a publish failed half-way and the old site could not be put back either)
 * @param editions the editions as this build read them (their UI strings speak to the preview's reader), or none
 *                 when the build stopped before reading its settings and message files
 */
public record BuildResult(boolean success, List<Problem> problems, int pages, Duration time, String timings,
                          int total, boolean previousKept, List<EditionContext> editions) {
    public BuildResult {
        problems = List.copyOf(problems);
        timings = timings == null ? "" : timings;
        editions = editions == null ? List.of() : List.copyOf(editions);
    }

    public BuildResult(boolean success, List<Problem> problems, int pages, Duration time, String timings,
                       int total, boolean previousKept) {
        this(success, problems, pages, time, timings, total, previousKept, List.of());
    }

    public BuildResult(boolean success, List<Problem> problems, int pages, Duration time, String timings,
                       int total) {
        this(success, problems, pages, time, timings, total, true);
    }

    public BuildResult(boolean success, List<Problem> problems, int pages, Duration time) {
        this(success, problems, pages, time, "", pages);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.stream().filter(Problem::isWarning).count();
    }
}
