package rs.iom.hub.browser;

import rs.iom.hub.pipeline.BuildOptions;
import rs.iom.hub.pipeline.BuildResult;
import rs.iom.hub.cli.Converters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The real site, baked once per test run for a sub-path address ({@code http://127.0.0.1:PORT/hub/}) and served
 * the way GitHub Pages serves a project site. Shared by the browser tests.
 */
final class PublishedSite {
    static final String PREFIX = "/hub/";
    private static PublishedSite instance;

    private final StaticSiteServer server;
    private final Path output;

    private PublishedSite() throws IOException {
        Path project = Path.of(System.getProperty("hub.project.dir", ".")).toAbsolutePath().normalize();
        output = Files.createTempDirectory("hub-published-").resolve("site");
        Path root = output.getParent();
        // The server needs a port before the bake knows its base URL: serve the (future) folder first.
        server = new StaticSiteServer(output, PREFIX);
        BuildResult result = rs.iom.hub.pipeline.Pipeline.of(new rs.iom.hub.jbake.JBakeEngine(), Converters.standard(project))
                .build(new BuildOptions(project, output, server.url(), false, null, false));
        if (!result.success()) {
            throw new IllegalStateException("the real site does not build:\n" + result.problems().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temporary files
            }
        }));
    }

    static synchronized PublishedSite get() {
        if (instance == null) {
            try {
                instance = new PublishedSite();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The site's root address, ending with {@code /hub/}. */
    String url() {
        return server.url();
    }

    /** The address of a page from the site root ({@code sr/vesti/}). */
    String url(String sitePath) {
        return server.url() + sitePath;
    }

    Path output() {
        return output;
    }
}
