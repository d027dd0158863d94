package rs.iom.hub.site;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.i18n.Edition;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * </pre>
 */
public final class SiteSettings {
    public static final String FILE = "jbake.properties";

    private SiteSettings() {
    }

    /** Values given on the command line; {@code null} means "use the file". */
    public record Overrides(String baseUrl, LocalDate today, boolean includeDrafts) {
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
        List<String> lines = readLines(siteFolder.resolve(FILE));
        List<Problem> problems = new ArrayList<>();

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
            problems.add(problem(lines, overrides.baseUrl() != null ? null : "site.host",
                    "the base URL '" + baseUrl + "' is not a full web address",
                    "write it like https://org.github.io/repo/ (with https:// and a trailing /)"));
        }

        List<Edition> editions = new ArrayList<>();
        List<String> ids = properties.list("hub.editions", List.of("sr", "en"));
        for (String id : ids) {
            Optional<Edition> edition = Edition.byId(id.strip());
            if (edition.isEmpty()) {
                problems.add(problem(lines, "hub.editions", "unknown edition '" + id.strip() + "'",
                        "the editions are " + String.join(", ", Edition.KNOWN.stream().map(Edition::id).toList())));
            } else if (!editions.contains(edition.get())) {
                editions.add(edition.get());
            }
        }
        if (editions.isEmpty()) {
            problems.add(problem(lines, "hub.editions", "no edition to publish", "write hub.editions=sr,sr-cyrl,en"));
        }
        String defaultId = properties.get("hub.edition.default", editions.isEmpty() ? "sr" : editions.get(0).id());
        Edition defaultEdition = editions.stream().filter(e -> e.id().equals(defaultId)).findFirst().orElse(null);
        if (defaultEdition == null && !editions.isEmpty()) {
            problems.add(problem(lines, "hub.edition.default", "the default edition '" + defaultId
                    + "' is not one of hub.editions", "choose one of " + ids));
        }
        int perPage = integer(properties, lines, "hub.news.per-page", 10, problems);
        int feedSize = integer(properties, lines, "hub.feed.size", 20, problems);
        String editUrl = properties.get("hub.edit.url", "");
        LocalDate today = overrides.today();
        if (today == null) {
            String zone = properties.get("hub.timezone", "Europe/Belgrade");
            try {
                today = LocalDate.now(ZoneId.of(zone));
            } catch (DateTimeException e) {
                problems.add(problem(lines, "hub.timezone", "unknown time zone '" + zone + "'",
                        "write a zone such as Europe/Belgrade"));
                today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new SiteConfig(baseUrl, editions, defaultEdition, perPage, feedSize, editUrl,
                today, overrides.includeDrafts())), problems);
    }

    private static int integer(SiteProperties properties, List<String> lines, String key, int fallback,
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
        problems.add(problem(lines, key, key + " must be a whole number of at least 1, not '" + value + "'",
                "write for example " + key + "=" + fallback));
        return fallback;
    }

    private static Problem problem(List<String> lines, String key, String message, String hint) {
        if (key == null) {
            return Problem.error("(command line)", 0, 0, message, hint);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key + "=") || line.startsWith(key + " ") || line.startsWith(key + ":")) {
                return Problem.error(FILE, i + 1, 1, message, hint);
            }
        }
        return Problem.error(FILE, 0, 0, message, hint);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
