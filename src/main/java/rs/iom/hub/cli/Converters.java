package rs.iom.hub.cli;

import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.Engine;
import rs.iom.hub.site.SiteSettings;

import rs.iom.hub.i18n.SerbianScriptConverters;
import rs.iom.hub.i18n.TextConverters;

import java.nio.file.Path;

/** The script converters the commands (and tests) use for a site folder. */
public final class Converters {
    private Converters() {
    }

    public static TextConverters standard(Path siteFolder) {
        return standard(siteFolder, new JBakeEngine());
    }

    /**
     * The converters for {@code siteFolder}, its folders read with {@code engine}: a command gives the engine it bakes
     * with, which then does not read jbake.properties a second time (it remembers what it read).
     */
    public static TextConverters standard(Path siteFolder, Engine engine) {
        return new SerbianScriptConverters(siteFolder, layout(siteFolder, engine));
    }

    /** The folders the site's jbake.properties names (JBake's defaults when it names none, or cannot be read). */
    static SiteLayout layout(Path siteFolder, Engine engine) {
        Path site = siteFolder.toAbsolutePath().normalize();
        if (SourceFiles.check(site, SiteSettings.FILE).isPresent()) {
            return SiteLayout.DEFAULT; // never read through a link out of the site; the build reports it
        }
        return SiteSettings.layoutOf(engine.settings(site), site);
    }
}
