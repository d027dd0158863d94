package rs.iom.hub.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to build and how.
 *
 * @param source  the site folder (with jbake.properties, content/, templates/, assets/, data/)
 * @param output  where the baked site goes; replaced only when the build succeeds
 * @param baseUrl the site's public address, overriding {@code site.host}; {@code null} to use the file
 * @param drafts  include drafts and news dated in the future
 * @param today   the day to build for ({@code null}: today in the site's time zone)
 * @param strict  treat warnings as errors
 */
public record BuildOptions(Path source, Path output, String baseUrl, boolean drafts, LocalDate today,
                           boolean strict) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }
}
