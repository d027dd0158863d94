package rs.iom.hub.pipeline;

import rs.iom.hub.cli.Converters;
import rs.iom.hub.pipeline.BuildOptions;
import rs.iom.hub.pipeline.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site folders for bake-and-inspect tests: the project folder (the one place that knows where it is), copies of its
 * site, generated content, and bakes of them as {@code hub build} bakes.
 */
public final class TestSites {
    /** The day the tests bake for (later than every date in the real content). */
    public static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    /** A base URL with a sub-path, so that every test also checks sub-path handling. */
    public static final String BASE_URL = "https://example.org/hub/";

    /** What a site folder is made of (everything else in the project is not site source). */
    private static final List<String> SITE_PARTS = List.of("jbake.properties", "content", "templates", "assets", "data");

    private TestSites() {
    }

    /** The project folder: system property {@code hub.project.dir} (set by the pom), else the current folder. */
    public static Path projectDir() {
        return Path.of(System.getProperty("hub.project.dir", ".")).toAbsolutePath().normalize();
    }

    /**
     * Bakes {@code source} into {@code output} for the test base URL and day, as {@code hub build} does it: with the
     * Serbian script converters, so the Cyrillic edition is generated from the Serbian sources with the site's
     * dictionary, as readers get it. The build must succeed. (The real site, unchanged, is {@link RealSite#get}.)
     */
    public static BakedSite bake(Path source, Path output) {
        BuildResult result = build(source, output);
        assertTrue(result.success(), () -> "the bake of " + source + " failed: " + result.problems());
        return new BakedSite(output, BASE_URL, result);
    }

    /** Builds {@code source} into {@code output} as {@link #bake} does, but returns the result, success or not. */
    public static BuildResult build(Path source, Path output) {
        return build(source, output, 0);
    }

    /** Bakes as {@link #bake} does, reading and rendering with {@code threads} threads (0: one per processor). */
    public static BakedSite bake(Path source, Path output, int threads) {
        BuildResult result = build(source, output, threads);
        assertTrue(result.success(), () -> "the bake of " + source + " failed: " + result.problems());
        return new BakedSite(output, BASE_URL, result);
    }

    private static BuildResult build(Path source, Path output, int threads) {
        return rs.iom.hub.pipeline.Pipeline.of(new rs.iom.hub.jbake.JBakeEngine(), Converters.standard(source))
                .build(new BuildOptions(source, output, BASE_URL, false, TODAY, false, threads));
    }

    /** Copies the real site's sources (settings, content, templates, assets, data) into {@code target}. */
    public static Path copyOfRealSite(Path target) {
        return copyOfRealSite(target, true);
    }

    /** The seed report, whose Serbian text has three slips hub check warns about (see {@link #SEED_SLIPS}). */
    public static final String SEED_REPORT =
            "content/sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama.md";
    /**
     * The slips of the seed report as published (a year without its ordinal dot, twice, and a range of years with a
     * hyphen), each with its correction. The real site keeps them (its editions must stay as the report was
     * written; RealSiteCheckIT shows they are reported); the copies tests work on have them corrected, so that a
     * test sees the problems it makes and no others.
     */
    public static final Map<String, String> SEED_SLIPS = Map.of("2022 godine", "2022. godine",
            "Zapadni Balkan 2020-2023", "Zapadni Balkan 2020–2023");

    /** Copies the real site's sources byte for byte, the seed's slips included. */
    public static Path exactCopyOfRealSite(Path target) {
        Path project = projectDir();
        for (String part : SITE_PARTS) {
            SiteFolders.copy(project.resolve(part), target.resolve(part));
        }
        return target;
    }

    /** Copies the real site's sources, with or without its content files (the seed's slips corrected). */
    public static Path copyOfRealSite(Path target, boolean withContent) {
        Path project = projectDir();
        for (String part : SITE_PARTS) {
            if (!withContent && part.equals("content")) {
                continue;
            }
            SiteFolders.copy(project.resolve(part), target.resolve(part));
        }
        Path report = target.resolve(SEED_REPORT);
        if (withContent && Files.isRegularFile(report)) {
            try {
                String text = Files.readString(report, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> slip : SEED_SLIPS.entrySet()) {
                    text = text.replace(slip.getKey(), slip.getValue());
                }
                Files.writeString(report, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }

    /** Sets {@code key=value} in the site's jbake.properties (replacing the line that sets it, if any). */
    public static void setProperty(Path site, String key, String value) {
        Path file = site.resolve("jbake.properties");
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.removeIf(line -> line.startsWith(key + "="));
            lines.add(key + "=" + value);
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code relative} inside the site folder. */
    public static Path write(Path site, String relative, String text) {
        Path file = site.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a news item with YAML front matter. */
    public static Path writeNews(Path site, String relative, String title, LocalDate date, String translationKey,
                                 String body) {
        return write(site, relative, "---\n"
                + "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "date: " + date + "\n"
                + "type: news\n"
                + "translationKey: " + translationKey + "\n"
                + "tags: [test]\n"
                + "---\n\n"
                + body + "\n");
    }
}
