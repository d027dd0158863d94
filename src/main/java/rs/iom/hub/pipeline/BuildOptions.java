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
 * @param threads how many files are read and pages rendered at once: 0 for one per processor, 1 for one after the
 *                other (the output is the same byte for byte: pages do not depend on the order they are made in)
 */
public record BuildOptions(Path source, Path output, String baseUrl, boolean drafts, LocalDate today,
                           boolean strict, int threads) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more but was " + threads);
        }
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }

    /** Options with one thread per processor. */
    public BuildOptions(Path source, Path output, String baseUrl, boolean drafts, LocalDate today, boolean strict) {
        this(source, output, baseUrl, drafts, today, strict, 0);
    }

    /** The number of threads {@link #threads} stands for on this machine. */
    public int parallelism() {
        return threads == 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }
}
