package rs.iom.hub.cli;

import rs.iom.hub.i18n.SerbianScriptConverters;
import rs.iom.hub.i18n.TextConverters;

import java.nio.file.Path;

/** The script converters the commands (and tests) use for a site folder. */
public final class Converters {
    private Converters() {
    }

    public static TextConverters standard(Path siteFolder) {
        return new SerbianScriptConverters(siteFolder);
    }
}
