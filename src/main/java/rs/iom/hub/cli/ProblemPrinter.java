package rs.iom.hub.cli;

import rs.iom.hub.problem.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems as {@code path:line:column: error|warning: message} with a hint line, and a count at the end. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(PrintWriter out, List<Problem> problems) {
        for (Problem problem : problems) {
            out.println(problem.format());
        }
        out.flush();
    }

    static String count(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
