package rs.iom.hub.pipeline;

import rs.iom.hub.site.SiteProperties;
import rs.iom.hub.site.SiteSettings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the pipeline starts from (the input of {@link SiteReader}): a site folder, its settings as the engine read
 * them from {@code jbake.properties}, and what the command line changes.
 *
 * @param path       the site folder (absolute)
 * @param properties {@code jbake.properties} over the engine's defaults
 * @param overrides  base URL, day and drafts from the command line
 */
public record SiteFolder(Path path, SiteProperties properties, SiteSettings.Overrides overrides) {
    public SiteFolder {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(overrides, "overrides");
        path = path.toAbsolutePath().normalize();
    }
}
