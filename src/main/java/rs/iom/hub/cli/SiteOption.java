package rs.iom.hub.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The option every command that works on a site shares ({@code @Mixin}): which site folder, by default the current
 * one.
 */
public final class SiteOption {
    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "Site folder (default: current folder).")
    Path source = Path.of(".");

    /** The site folder, absolute. */
    public Path folder() {
        return source.toAbsolutePath().normalize();
    }
}
