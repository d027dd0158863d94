package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.BuildCache;
import rs.iom.hub.serve.PreviewSession;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code hub serve}: bakes the site, serves it on localhost, re-bakes on every change and reloads the open browser
 * page; problems show in the terminal and over the page, and the server keeps running.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the site on http://localhost:PORT/ and rebuilds it whenever a file changes.",
                "Stop with Ctrl+C."})
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOption site;

    @CommandLine.Mixin
    BakeOptions bake;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where the preview is baked (default: target/preview).")
    Path output;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}).")
    int port = 8820;

    @Option(names = "--open", description = "Open the preview in the default browser.")
    boolean open;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        Path source = site.folder();
        Path target = output != null ? output : source.resolve("target/preview");
        PreviewSession session;
        try {
            JBakeEngine engine = new JBakeEngine();
            session = new PreviewSession(source, target, port, bake.drafts, engine,
                    Converters.standard(source, engine), bake.noCache ? null : BuildCache.in(source), out, err);
        } catch (BindException e) {
            err.println("hub: port " + port + " is already in use; stop the other preview or choose --port "
                    + (port + 1));
            return HubCommand.USAGE;
        }
        session.showTimings(bake.timings);
        session.watch();
        out.println("Previewing " + session.server().url() + " – watching content/, templates/, assets/, data/ "
                + "and jbake.properties. Stop with Ctrl+C.");
        out.flush();
        if (open) {
            openBrowser(session.server().url(), err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.close();
            } catch (IOException ignored) {
                // shutting down
            }
            stopped.countDown();
        }));
        stopped.await();
        return HubCommand.OK;
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
            // xdg-open's own complaints (no browser, no display) are several lines of no use here: one line says it
            Process opener = new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (opener.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && opener.exitValue() != 0) {
                err.println("Open " + url + " in your browser (could not open it automatically).");
            }
        } catch (IOException | RuntimeException e) {
            err.println("Open " + url + " in your browser (could not open it automatically).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
