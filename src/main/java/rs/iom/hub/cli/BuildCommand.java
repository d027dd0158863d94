package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rs.iom.hub.pipeline.BuildCache;
import rs.iom.hub.pipeline.BuildOptions;
import rs.iom.hub.pipeline.BuildResult;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.Pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code hub build}: bakes the site into a folder, replacing it only when the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Bakes the site into the output folder.",
                "The previous output is replaced only when the build succeeds."})
public final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOption site;

    @CommandLine.Mixin
    BakeOptions bake;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: target/site).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, e.g. https://org.github.io/repo/ (default: site.host).")
    String baseUrl;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "How many files to read and pages to render at once (default: one per processor; "
                    + "1: one after the other). The site is the same either way.")
    int threads;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Build as on this day (news dated later are left out).")
    LocalDate today;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 0 (one per processor) or more, not " + threads);
        }
        Path source = site.folder();
        Path target = output != null ? output : source.resolve("target/site");
        // the cache is decoded on another thread while the dictionaries of the Cyrillic edition load
        BuildCache cache = bake.noCache ? null : BuildCache.in(source).prefetch();
        JBakeEngine engine = new JBakeEngine();
        BuildResult result = Pipeline.of(engine, Converters.standard(source, engine))
                .onNotice(notice -> {
                    err.println(notice);
                    err.flush();
                })
                .withCache(cache)
                .build(new BuildOptions(source, target, baseUrl, bake.drafts, today, strict, threads));
        ProblemPrinter.print(err, result.problems());
        if (result.success()) {
            out.printf(Locale.ROOT, "Built %d files into %s in %.1f s (%d written, the others unchanged; %s).%n",
                    result.total(), target.toAbsolutePath().normalize(), result.time().toMillis() / 1000.0,
                    result.pages(), ProblemPrinter.plural(result.warnings(), "warning"));
            if (bake.timings) {
                out.println("Timings: " + result.timings());
            }
            out.flush();
            return HubCommand.OK;
        }
        if (!java.nio.file.Files.exists(target.resolve(rs.iom.hub.publish.OutputFolder.MARKER))) {
            err.printf("Build failed: %s. Nothing was written into %s.%n",
                    ProblemPrinter.count(result.errors(), result.warnings()), target.toAbsolutePath().normalize());
        } else if (result.previousKept()) {
            err.printf("Build failed: %s. The previous site in %s was left as it was.%n",
                    ProblemPrinter.count(result.errors(), result.warnings()), target.toAbsolutePath().normalize());
        } else {
            err.printf("Build failed: %s. %s may hold a mix of the old and the new site until the next build.%n",
                    ProblemPrinter.count(result.errors(), result.warnings()), target.toAbsolutePath().normalize());
        }
        err.flush();
        return HubCommand.PROBLEMS;
    }
}
