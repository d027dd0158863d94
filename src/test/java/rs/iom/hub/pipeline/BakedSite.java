package rs.iom.hub.pipeline;

import rs.iom.hub.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A baked site folder and the URLs its files are served at. Files are named by their path from the site root with
 * forward slashes ({@code sr/vesti/index.html}); a page's URL is the base URL plus that path, with a trailing
 * {@code index.html} left out.
 */
public final class BakedSite {
    private final Path root;
    private final URI base;
    private final String basePath;
    private final BuildResult result;
    private final Map<String, Document> parsed = new ConcurrentHashMap<>();

    public BakedSite(Path root, String baseUrl, BuildResult result) {
        this.root = Objects.requireNonNull(root, "root");
        this.base = URI.create(baseUrl);
        this.basePath = base.getPath();
        this.result = result;
    }

    public Path root() {
        return root;
    }

    public BuildResult result() {
        return result;
    }

    /** The base path, with leading and trailing slash ({@code /hub/}). */
    public String basePath() {
        return basePath;
    }

    /** Every file of the site, sorted. */
    public List<String> files() {
        return SiteFolders.files(root);
    }

    /**
     * Every HTML page, sorted; not the browser editor at {@code admin/} (an application published from the assets
     * with its own policy, not a page of the site: EditorBrowserIT tests it).
     */
    public List<String> htmlPages() {
        return files().stream().filter(f -> f.endsWith(".html") && !f.startsWith("admin/")).toList();
    }

    public boolean exists(String file) {
        return Files.isRegularFile(root.resolve(file));
    }

    public byte[] bytes(String file) {
        try {
            return Files.readAllBytes(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The page parsed by jsoup, with its URL as base URI. Each call returns a copy of the page parsed once, so that a
     * test may change what it gets (remove the switcher, say) without changing the page for the next test.
     */
    public Document page(String file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(root.resolve(f).toFile(), "UTF-8", urlOf(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).clone();
    }

    /** The absolute URL of a file ({@code https://example.org/hub/sr/vesti/}). */
    public String urlOf(String file) {
        return base.resolve(pathOf(file)).toString();
    }

    /** The root-relative URL of a file ({@code /hub/sr/vesti/}). */
    public String pathOf(String file) {
        String path = file.equals("index.html") ? "" : file.endsWith("/index.html")
                ? file.substring(0, file.length() - "index.html".length()) : file;
        return basePath + path;
    }

    /** Where a link leads. */
    public enum Kind { INTERNAL, EXTERNAL, OUTSIDE_BASE_PATH }

    /**
     * A resolved link.
     *
     * @param kind     internal to the site, external (another origin or scheme), or on the site's origin but outside
     *                 its base path
     * @param file     for internal links, the file that serves it ({@code …/} means {@code …/index.html})
     * @param fragment the fragment, or empty
     */
    public record Target(Kind kind, String file, String fragment) {
    }

    /** Resolves {@code href} written in {@code fromFile} as a browser would. */
    public Target resolve(String href, String fromFile) {
        if (href.isEmpty() || href.startsWith("#")) {
            return new Target(Kind.INTERNAL, fromFile, href.isEmpty() ? "" : decode(href.substring(1)));
        }
        URI from = URI.create(urlOf(fromFile));
        URI target = from.resolve(href.strip().replace(" ", "%20"));
        String fragment = Optional.ofNullable(target.getFragment()).orElse("");
        if (!Objects.equals(target.getScheme(), base.getScheme()) || !Objects.equals(target.getHost(), base.getHost())
                || target.getPort() != base.getPort()) {
            return new Target(Kind.EXTERNAL, "", fragment);
        }
        String path = target.getPath();
        if (path == null || !path.startsWith(basePath)) {
            return new Target(Kind.OUTSIDE_BASE_PATH, path == null ? "" : path, fragment);
        }
        String file = path.substring(basePath.length());
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        return new Target(Kind.INTERNAL, file, fragment);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file served at an absolute URL or root-relative path of this site, if it is one. */
    public Optional<String> fileOf(String url) {
        Target target = resolve(url, "index.html");
        return target.kind() == Kind.INTERNAL ? Optional.of(target.file()) : Optional.empty();
    }
}
