package rs.iom.hub.site;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.layout.SiteLayout;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the site settings from {@code jbake.properties} (JBake's own file, which also holds ours under {@code hub.})
 * and the command line. Mistakes are reported with the line of the setting.
 *
 * <pre>
 * site.host=https://example.github.io/hub/   # base URL (overridden by --base-url)
 * hub.editions=sr,sr-cyrl,en                # editions to publish, in switcher order
 * hub.edition.default=sr                    # where the root page leads
 * hub.news.per-page=10
 * hub.feed.size=20
 * hub.edit.url=https://github.com/org/repo/edit/main/   # "Edit this page" (empty: no link)
 * hub.timezone=Europe/Belgrade              # decides "today" for scheduled news
 * hub.editor.auth-url=https://auth.example   # the browser editor's OAuth authenticator (read by hub admin-config)
 * </pre>
 */
public final class SiteSettings {
    public static final String FILE = "jbake.properties";

    private SiteSettings() {
    }

    /**
     * Values given on the command line; {@code null} means "use the file".
     *
     * @param preview the bake is the preview's ({@code hub serve}): drafts and scheduled news are marked as such
     */
    public record Overrides(String baseUrl, LocalDate today, boolean includeDrafts, boolean preview) {
        public Overrides(String baseUrl, LocalDate today, boolean includeDrafts) {
            this(baseUrl, today, includeDrafts, false);
        }
    }

    /** The settings, or empty when they have errors, and the problems. */
    public record Result(Optional<SiteConfig> config, List<Problem> problems) {
    }

    public static Result read(SiteProperties properties, Path siteFolder, Overrides overrides) {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(siteFolder, "siteFolder");
        Objects.requireNonNull(overrides, "overrides");
        Optional<Problem> unsafe = SourceFiles.check(siteFolder, FILE);
        if (unsafe.isPresent()) {
            return new Result(Optional.empty(), List.of(unsafe.get()));
        }
        SettingsFile file = SettingsFile.read(siteFolder);
        List<Problem> problems = new ArrayList<>(file.unknownSettings());
        SiteLayout layout = layout(properties, file, problems);
        DocumentStatus defaultStatus = defaultStatus(properties, file, problems);
        RenderSwitches render = RenderSwitches.read(properties, file, problems);

        String baseUrl = overrides.baseUrl() != null ? overrides.baseUrl()
                : properties.get("site.host", "http://localhost:8820/");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        try {
            URI uri = new URI(baseUrl);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(baseUrl, "not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            problems.add(file.error(overrides.baseUrl() != null ? null : "site.host",
                    "the base URL '" + baseUrl + "' is not a full web address",
                    "write it like https://org.github.io/repo/ (with https:// and a trailing /)"));
        }

        List<Edition> editions = new ArrayList<>();
        List<String> ids = properties.list("hub.editions", List.of("sr", "en"));
        for (String id : ids) {
            Optional<Edition> edition = Edition.byId(id.strip());
            if (edition.isEmpty()) {
                problems.add(file.error("hub.editions", "unknown edition '" + id.strip() + "'",
                        "the editions are " + String.join(", ", Edition.KNOWN.stream().map(Edition::id).toList())));
            } else if (!editions.contains(edition.get())) {
                editions.add(edition.get());
            }
        }
        if (editions.isEmpty()) {
            problems.add(file.error("hub.editions", "no edition to publish", "write hub.editions=sr,sr-cyrl,en"));
        }
        String defaultId = properties.get("hub.edition.default", editions.isEmpty() ? "sr" : editions.get(0).id());
        Edition defaultEdition = editions.stream().filter(e -> e.id().equals(defaultId)).findFirst().orElse(null);
        if (defaultEdition == null && !editions.isEmpty()) {
            problems.add(file.error("hub.edition.default", "the default edition '" + defaultId
                    + "' is not one of hub.editions", "choose one of " + ids));
        }
        int perPage = integer(properties, file, "hub.news.per-page", 10, problems);
        int feedSize = integer(properties, file, "hub.feed.size", 20, problems);
        String editUrl = properties.get("hub.edit.url", "");
        LocalDate today = overrides.today();
        if (today == null) {
            String zone = properties.get("hub.timezone", "Europe/Belgrade");
            try {
                today = LocalDate.now(ZoneId.of(zone));
            } catch (DateTimeException e) {
                problems.add(file.error("hub.timezone", "unknown time zone '" + zone + "'",
                        "write a zone such as Europe/Belgrade"));
                today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new SiteConfig(baseUrl, editions, defaultEdition, perPage, feedSize, editUrl,
                today, overrides.includeDrafts(), layout, defaultStatus, render, overrides.preview())), problems);
    }

    private static int integer(SiteProperties properties, SettingsFile file, String key, int fallback,
                               List<Problem> problems) {
        String value = properties.get(key, Integer.toString(fallback)).strip();
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(file.error(key, key + " must be a whole number of at least 1, not '" + value + "'",
                "write for example " + key + "=" + fallback));
        return fallback;
    }

    /** The site's folders as its settings name them (JBake's defaults for a setting with a mistake). */
    public static SiteLayout layoutOf(SiteProperties properties, Path siteFolder) {
        return layout(properties, SettingsFile.read(siteFolder), new ArrayList<>());
    }

    /**
     * The folders JBake's settings name: relative to the site folder, inside it, not hidden, and four different
     * ones. A folder setting that breaks these rules is an error at its line; JBake's default is used meanwhile.
     */
    private static SiteLayout layout(SiteProperties properties, SettingsFile file, List<Problem> problems) {
        String[] keys = {"content.folder", "asset.folder", "template.folder", "data.folder"};
        String[] folders = new String[4];
        List<String> defaults = SiteLayout.DEFAULT.folders();
        for (int i = 0; i < keys.length; i++) {
            String value = properties.get(keys[i], defaults.get(i)).strip().replace('\\', '/');
            folders[i] = defaults.get(i);
            java.nio.file.Path path;
            try {
                path = java.nio.file.Path.of(value).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(file.error(keys[i], "'" + value + "' is not a folder name", "write e.g. " + keys[i] + "="
                        + defaults.get(i)));
                continue;
            }
            String normalized = path.toString().replace('\\', '/');
            if (value.isEmpty() || path.isAbsolute() || normalized.isEmpty() || normalized.equals(".")
                    || normalized.startsWith("..")) {
                problems.add(file.error(keys[i], keys[i] + " must name a folder inside the site folder, not '"
                        + value + "'", "write a folder name relative to the site folder, e.g. " + keys[i] + "="
                        + defaults.get(i)));
            } else if (java.util.Arrays.stream(normalized.split("/")).anyMatch(part -> part.startsWith("."))) {
                problems.add(file.error(keys[i], keys[i] + " names a hidden folder ('" + value + "'), which hub "
                        + "never reads", "rename the folder so that no part of its name starts with a dot"));
            } else {
                folders[i] = normalized;
            }
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < i; j++) {
                if (folders[i].equals(folders[j]) || folders[i].startsWith(folders[j] + "/")
                        || folders[j].startsWith(folders[i] + "/")) {
                    problems.add(file.error(keys[i], keys[i] + " and " + keys[j] + " name the same folder, or one "
                            + "inside the other ('" + folders[i] + "', '" + folders[j] + "')",
                            "give each its own folder"));
                }
            }
        }
        return new SiteLayout(folders[0], folders[1], folders[2], folders[3]);
    }

    /**
     * The status of a file that does not say: JBake's {@code default.status} when jbake.properties sets it,
     * otherwise published (README: a file without {@code status:} is published).
     */
    private static DocumentStatus defaultStatus(SiteProperties properties, SettingsFile file,
                                                List<Problem> problems) {
        if (!file.sets("default.status")) {
            return DocumentStatus.PUBLISHED;
        }
        String value = properties.get("default.status", "").strip();
        Optional<DocumentStatus> status = DocumentStatus.fromKey(value);
        if (status.isEmpty()) {
            problems.add(file.error("default.status", "default.status must be draft or published, not '" + value
                    + "'", "write default.status=published (files without a status are published) or "
                    + "default.status=draft"));
            return DocumentStatus.PUBLISHED;
        }
        return status.get();
    }
}
