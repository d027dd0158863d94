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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hub check}: checks the whole site without writing anything and reports every problem, each with its file,
 * line, column and a hint. Exit code 0 when clean, 1 when there are problems, 2 for wrong usage.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every page of the site and reports all problems (nothing is written).",
                "Exit code: 0 no problems, 1 problems found, 2 wrong usage."})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOption site;

    @Option(names = "--strict", description = "Count warnings as problems too (exit code 1).")
    boolean strict;

    @Option(names = "--drafts", description = "Check the site as the preview shows it: with drafts and news dated "
            + "in the future (their links, translations and dates as if they were published).")
    boolean drafts;

    @Option(names = "--fix", description = "Repair what can be repaired safely (letters of the wrong alphabet "
            + "inside words, byte-order marks), then check again.")
    boolean fix;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path source = site.folder();
        if (fix) {
            List<String> fixed = new SiteFixer(source, Converters.layout(source).content()).fix();
            for (String line : fixed) {
                out.println(line);
            }
        }
        Pipeline.CheckResult report = Pipeline.of(new JBakeEngine(), Converters.standard(source)).check(source, drafts);
        ProblemPrinter.print(out, report.problems());
        long errors = report.problems().stream().filter(Problem::isError).count();
        long warnings = report.problems().size() - errors;
        if (report.problems().isEmpty()) {
            out.println("No problems found in " + ProblemPrinter.plural(report.files(), "file") + ".");
        } else {
            out.println(ProblemPrinter.count(errors, warnings) + " in " + ProblemPrinter.plural(report.files(), "file")
                    + ".");
        }
        out.flush();
        return errors > 0 || strict && warnings > 0 ? HubCommand.PROBLEMS : HubCommand.OK;
    }
}
