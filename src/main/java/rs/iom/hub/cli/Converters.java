package rs.iom.hub.cli;

import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.content.SourceFiles;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.site.SiteSettings;

import rs.iom.hub.i18n.SerbianScriptConverters;
import rs.iom.hub.i18n.TextConverters;

import java.nio.file.Path;

/** The script converters the commands (and tests) use for a site folder. */
public final class Converters {
    private Converters() {
    }

    public static TextConverters standard(Path siteFolder) {
        return new SerbianScriptConverters(siteFolder, layout(siteFolder));
    }

    /** The folders the site's jbake.properties names (JBake's defaults when it names none, or cannot be read). */
    static SiteLayout layout(Path siteFolder) {
        Path site = siteFolder.toAbsolutePath().normalize();
        if (SourceFiles.check(site, SiteSettings.FILE).isPresent()) {
            return SiteLayout.DEFAULT; // never read through a link out of the site; the build reports it
        }
        return SiteSettings.layoutOf(new JBakeEngine().settings(site), site);
    }
}
