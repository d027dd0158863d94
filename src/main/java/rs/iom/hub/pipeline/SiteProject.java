package rs.iom.hub.pipeline;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.i18n.MessageFiles;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.site.SiteConfig;
import rs.iom.hub.site.SiteProperties;
import rs.iom.hub.site.SiteSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A site folder's settings and UI strings, for the commands that need them without baking ({@code new},
 * {@code check}). Settings are read by the {@link Engine} ({@code jbake.properties} over JBake's defaults).
 */
public record SiteProject(Path folder, SiteProperties properties, SiteConfig config,
                          Map<String, Messages> messages) {

    /** What opening a site folder gave. */
    public record Opened(Optional<SiteProject> project, List<Problem> problems) {
    }

    public static Opened open(Path folder, Engine engine, SiteSettings.Overrides overrides) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(engine, "engine");
        Path site = folder.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        // JBake reads the settings file itself: never through a link out of the site (or to a device)
        Optional<Problem> unsafe = SourceFiles.check(site, SiteSettings.FILE);
        if (unsafe.isPresent()) {
            problems.add(unsafe.get());
            return new Opened(Optional.empty(), problems);
        }
        SiteProperties properties = engine.settings(site);
        String content = SiteSettings.layoutOf(properties, site).content();
        if (!Files.isDirectory(site.resolve(content))) {
            problems.add(Problem.error(site.toString(), 0, 0, "this is not a site folder: it has no " + content
                            + "/ folder",
                    "run the command in the folder that holds jbake.properties and " + content + "/, or give --source"));
            return new Opened(Optional.empty(), problems);
        }
        SiteSettings.Result settings = SiteSettings.read(properties, site, overrides);
        problems.addAll(settings.problems());
        if (settings.config().isEmpty()) {
            return new Opened(Optional.empty(), problems);
        }
        MessageFiles.Result messages = MessageFiles.load(site, settings.config().get().layout(),
                settings.config().get().languages());
        problems.addAll(messages.problems());
        if (messages.messages().size() < settings.config().get().languages().size()) {
            return new Opened(Optional.empty(), problems);
        }
        return new Opened(Optional.of(new SiteProject(site, properties, settings.config().get(),
                messages.messages())), problems);
    }
}
