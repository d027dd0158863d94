package rs.iom.hub.cli;

import rs.iom.hub.problem.Problem;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * {@code hub check --format github}: the problems as GitHub Actions workflow commands
 * ({@code ::error file=…,line=…,col=…::message}; an info is a {@code ::notice}), which GitHub shows on the file and line they name — in a pull
 * request's changed files and on the commit — for staff who publish from the browser and never see a terminal; and
 * the short Markdown report GitHub shows on the run's summary page ({@code $GITHUB_STEP_SUMMARY}).
 *
 * <p>Escaping follows GitHub's rules for workflow commands: in the message {@code %}, CR and LF are written
 * {@code %25}, {@code %0D} and {@code %0A}; in the properties also {@code :} and {@code ,}.
 */
final class GithubReport {
    private GithubReport() {
    }

    /**
     * Prints one workflow command per problem. {@code prefix} is the site folder relative to the repository root
     * ({@code ""} when the site is the repository), since GitHub resolves the paths from there.
     */
    static void annotate(PrintWriter out, List<Problem> problems, String prefix) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(prefix, "prefix");
        for (Problem problem : problems) {
            StringBuilder line = new StringBuilder("::").append(problem.isError() ? "error"
                            : problem.isInfo() ? "notice" : "warning")
                    .append(" file=").append(property(prefix + problem.file()));
            if (problem.line() > 0) {
                line.append(",line=").append(problem.line());
                if (problem.column() > 0) {
                    line.append(",col=").append(problem.column());
                }
            }
            line.append(",title=").append(property("Content check"));
            line.append("::").append(data(problem.hint().isEmpty() ? problem.message()
                    : problem.message() + "\nHow to fix it: " + problem.hint()));
            out.println(line);
        }
        out.flush();
    }

    /**
     * The Markdown report for the run's summary page: the count, then a table of the problems with where, what and
     * how to fix it.
     */
    static String summary(List<Problem> problems, String counts, String prefix) {
        StringBuilder md = new StringBuilder("### hub check: ").append(counts).append("\n\n");
        if (problems.isEmpty()) {
            return md.toString();
        }
        md.append("| | Where | Problem | How to fix it |\n|---|---|---|---|\n");
        for (Problem problem : problems) {
            String where = prefix + problem.file() + (problem.line() > 0 ? ":" + problem.line() : "");
            md.append("| ").append(problem.severity().label())
                    .append(" | `").append(where.replace("`", "'")).append("` | ").append(cell(problem.message()))
                    .append(" | ").append(cell(problem.hint())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;");
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
