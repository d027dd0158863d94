package rs.iom.hub.cli;

import rs.iom.hub.build.TextConverters;

import java.nio.file.Path;

/** The script converters the commands use for a site folder. */
final class Converters {
    private Converters() {
    }

    static TextConverters standard(Path siteFolder) {
        return TextConverters.NONE;
    }
}
