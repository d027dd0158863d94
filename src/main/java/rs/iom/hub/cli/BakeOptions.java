package rs.iom.hub.cli;

import picocli.CommandLine.Option;

/** The options {@code hub build} and {@code hub serve} share ({@code @Mixin}). */
public final class BakeOptions {
    @Option(names = "--drafts", description = "Include drafts and news dated in the future.")
    boolean drafts;

    @Option(names = "--timings", description = "Print how long each stage took.")
    boolean timings;

    @Option(names = "--no-cache",
            description = "Read and render everything, without the build cache in target/hub-cache/ (it only saves "
                    + "time: the site is the same either way).")
    boolean noCache;
}
