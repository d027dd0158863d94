package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rs.iom.hub.check.SiteFixer;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.Pipeline;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hub check}: checks the whole site without writing anything and reports every problem, each with its file,
 * line, column and a hint, and notes ({@code info}) such as the words that stay in Latin letters in the Cyrillic
 * edition. Exit code 0 when clean (notes do not count), 1 when there are problems, 2 for wrong usage.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every page of the site and reports all problems (nothing is written).",
                "Exit code: 0 no problems, 1 problems found, 2 wrong usage."})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOption site;

    @Option(names = "--strict", description = "Count warnings as problems too (exit code 1). Notes (info) never "
            + "count.")
    boolean strict;

    @Option(names = "--drafts", description = "Check the site as the preview shows it: with drafts and news dated "
            + "in the future (their links, translations and dates as if they were published).")
    boolean drafts;

    @Option(names = "--fix", description = "Repair what can be repaired safely (letters of the wrong alphabet "
            + "inside words, byte-order marks), then check again.")
    boolean fix;

    /** How {@code hub check} prints its problems. */
    enum Format {
        /** {@code path:line:column: error: message} and a hint line, for people at a terminal. */
        TEXT,
        /** GitHub Actions workflow commands, shown by GitHub on the file and line ({@link GithubReport}). */
        GITHUB
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print the problems: text (default), or github for GitHub's checks: each problem "
                    + "is shown on its file and line in GitHub (workflow annotations).")
    Format format;

    @Option(names = "--summary", paramLabel = "FILE", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "With --format github: also add a short Markdown report to FILE (default: the file "
                    + "GitHub names in $GITHUB_STEP_SUMMARY, shown on the run's page).")
    Path summary;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path source = site.folder();
        JBakeEngine engine = new JBakeEngine();
        if (fix) {
            List<String> fixed = new SiteFixer(source, Converters.layout(source, engine).content()).fix();
            for (String line : fixed) {
                out.println(line);
            }
        }
        Pipeline.CheckResult report = Pipeline.of(engine, Converters.standard(source, engine)).check(source, drafts);
        long errors = report.problems().stream().filter(Problem::isError).count();
        long warnings = report.problems().stream().filter(Problem::isWarning).count();
        long infos = report.problems().stream().filter(Problem::isInfo).count();
        String notes = infos == 0 ? "" : " (" + ProblemPrinter.plural(infos, "note") + ")";
        String counts = errors + warnings == 0
                ? "No problems found in " + ProblemPrinter.plural(report.files(), "file") + notes + "."
                : ProblemPrinter.count(errors, warnings) + " in " + ProblemPrinter.plural(report.files(), "file")
                        + notes + ".";
        if (format == Format.GITHUB) {
            String prefix = repositoryPrefix(source);
            GithubReport.annotate(out, report.problems(), prefix);
            if (summary != null) {
                Files.writeString(summary, GithubReport.summary(report.problems(), counts, prefix),
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } else {
            ProblemPrinter.print(out, report.problems());
        }
        out.println(counts);
        out.flush();
        return errors > 0 || strict && warnings > 0 ? HubCommand.PROBLEMS : HubCommand.OK;
    }

    /**
     * The site folder relative to the folder hub runs in — the repository root in a GitHub workflow, from which
     * GitHub reads the paths of annotations — with a trailing slash; empty when they are the same (or unrelated).
     */
    private static String repositoryPrefix(Path source) {
        Path here = Path.of("").toAbsolutePath().normalize();
        if (!source.startsWith(here) || source.equals(here)) {
            return "";
        }
        return here.relativize(source).toString().replace('\\', '/') + "/";
    }
}
