package rs.iom.hub.browser;

import rs.iom.hub.pipeline.BakedSite;
import rs.iom.hub.pipeline.RealSite;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The real site ({@link RealSite}, the one bake of it per test JVM) served under {@code /hub/} on a loopback port
 * ({@code http://127.0.0.1:PORT/hub/}) the way GitHub Pages serves a project site. Shared by the browser tests.
 *
 * <p>The site was baked for {@code https://example.org/hub/}. Its pages reach each other, their stylesheets, script,
 * images and search index by addresses from the server root ({@code /hub/sr/vesti/}), which is what this serving
 * tests; only the absolute addresses of canonical links, alternates, feeds and the sitemap name example.org, and
 * those are checked on the files ({@code NavigationIT}, {@code FeedsAndSitemapIT}).
 */
final class PublishedSite {
    static final String PREFIX = "/hub/";
    private static PublishedSite instance;

    private final StaticSiteServer server;

    private PublishedSite() throws IOException {
        BakedSite site = RealSite.get();
        if (!site.basePath().equals(PREFIX)) {
            throw new IllegalStateException("the real site is baked for " + site.basePath() + ", served at " + PREFIX);
        }
        server = new StaticSiteServer(site.root(), PREFIX);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "hub-published-site"));
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
}
