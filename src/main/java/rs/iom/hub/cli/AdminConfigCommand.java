package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rs.iom.hub.admin.EditorConfig;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.SiteProject;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.site.SiteSettings;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code hub admin-config}: writes the browser editor's configuration ({@code assets/admin/config.yml}) from the
 * site's settings, message files and content model ({@link EditorConfig}). Run it after changing one of them; a test
 * fails while the kept file and a fresh one differ, and {@code --check} says the same in a workflow.
 */
@Command(name = "admin-config", mixinStandardHelpOptions = true,
        description = {"Writes the browser editor's configuration (assets/admin/config.yml) from the site's settings "
                + "and content model.",
                "Example: hub admin-config   (or hub admin-config --check to only compare)"})
public final class AdminConfigCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOption site;

    @Option(names = "--check", description = "Only compare: exit with 1 when the kept file is missing or stale.")
    boolean check;

    @Option(names = "--stdout", description = "Print the configuration instead of writing it.")
    boolean stdout;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteProject.Opened opened = SiteProject.open(site.folder(), new JBakeEngine(),
                new SiteSettings.Overrides(null, null, false));
        if (opened.project().isEmpty()) {
            ProblemPrinter.print(err, opened.problems().stream().filter(Problem::isError).toList());
            return HubCommand.PROBLEMS;
        }
        SiteProject project = opened.project().get();
        String yaml;
        try {
            yaml = new EditorConfig(project.config(), project.messages(),
                    project.properties().get(EditorConfig.AUTH_URL_SETTING, "")).yaml();
        } catch (IllegalArgumentException e) {
            err.println("hub: " + e.getMessage());
            return HubCommand.PROBLEMS;
        }
        if (stdout) {
            out.print(yaml);
            out.flush();
            return HubCommand.OK;
        }
        String name = project.config().layout().assetsPrefix() + EditorConfig.FILE;
        Path file = project.folder().resolve(name);
        String kept = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (check) {
            if (yaml.equals(kept)) {
                out.println(name + " is up to date.");
                out.flush();
                return HubCommand.OK;
            }
            err.println("hub: " + name + (kept == null ? " is missing" : " is stale")
                    + ": run './hub admin-config' and commit the file.");
            return HubCommand.PROBLEMS;
        }
        if (!yaml.equals(kept)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        }
        out.println((yaml.equals(kept) ? "Unchanged: " : "Wrote ") + name);
        out.flush();
        return HubCommand.OK;
    }
}
