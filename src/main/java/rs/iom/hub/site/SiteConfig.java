package rs.iom.hub.site;

import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.i18n.Edition;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one bake, from {@code jbake.properties} and the command line.
 *
 * @param baseUrl        absolute URL of the site root, ending with {@code /} (e.g. {@code https://org.github.io/repo/})
 * @param editions       the editions to publish, in switcher order
 * @param defaultEdition where the root page sends readers ({@code x-default})
 * @param newsPerPage    news items per list page
 * @param feedSize       entries per Atom feed
 * @param editUrl        URL prefix of the repository's web editor, to which a source path is appended ("Edit this
 *                       page" links); empty for none
 * @param today          the day of the bake: news dated later are left out until then
 * @param includeDrafts  bake drafts too (preview only)
 * @param layout         the site's folders (content, assets, templates, data)
 * @param defaultStatus  the status of a file that does not say
 * @param render         which of the optional pages are published
 * @param preview        the preview's bake (hub serve): drafts and scheduled news carry a badge
 */
public record SiteConfig(String baseUrl, List<Edition> editions, Edition defaultEdition, int newsPerPage, int feedSize,
                         String editUrl, LocalDate today, boolean includeDrafts, SiteLayout layout,
                         DocumentStatus defaultStatus, RenderSwitches render, boolean preview) {

    public SiteConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        editions = List.copyOf(editions);
        Objects.requireNonNull(defaultEdition, "defaultEdition");
        Objects.requireNonNull(today, "today");
        editUrl = editUrl == null ? "" : editUrl;
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(defaultStatus, "defaultStatus");
        Objects.requireNonNull(render, "render");
        if (newsPerPage < 1) {
            throw new IllegalArgumentException("newsPerPage must be at least 1 but was " + newsPerPage);
        }
    }

    /** The path part of the base URL, with leading and trailing slash ({@code /} or {@code /repo/}). */
    public String basePath() {
        return BASE_PATHS.computeIfAbsent(baseUrl, SiteConfig::pathOf);
    }

    /**
     * Base paths by base URL: {@link #url} is called for every link of every page, and parsing the URL each time was
     * 2 % of a build (a record holds no derived fields; a site has one or two base URLs).
     */
    private static final java.util.Map<String, String> BASE_PATHS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String pathOf(String baseUrl) {
        String path = URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** Root-relative URL of a site path ({@code sr/vesti/} becomes {@code /repo/sr/vesti/}). */
    public String url(String sitePath) {
        return basePath() + sitePath;
    }

    /** Absolute URL of a site path, for canonical links, feeds and sitemaps. */
    public String absoluteUrl(String sitePath) {
        return baseUrl + sitePath;
    }

    /** The content languages, in the order of their first edition. */
    public List<String> languages() {
        return editions.stream().map(Edition::language).distinct().toList();
    }

    public Optional<String> editLink(String source) {
        return editUrl.isEmpty() ? Optional.empty() : Optional.of(editUrl + source);
    }
}
