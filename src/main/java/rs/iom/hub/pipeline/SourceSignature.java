package rs.iom.hub.pipeline;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.plan.InputHash;
import rs.iom.hub.content.SourceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A hash of what every page depends on: hub itself ({@link CodeStamp}), templates, data files (UI strings,
 * dictionaries) and settings (read as {@link SourceFiles} lists them: never through a link out of their folder).
 */
final class SourceSignature {
    private SourceSignature() {
    }

    static long of(Path site, SiteLayout layout, Object... options) {
        InputHash hash = new InputHash().add(CodeStamp.value());
        for (Object option : options) {
            hash.add(option);
        }
        for (String folder : List.of(layout.templates(), layout.data())) {
            for (String file : SourceFiles.list(site, folder).files()) {
                try {
                    hash.add(file).add(new String(Files.readAllBytes(site.resolve(file)),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Path properties = site.resolve("jbake.properties");
        try {
            hash.add(Files.isRegularFile(properties) ? Files.readString(properties,
                    java.nio.charset.StandardCharsets.ISO_8859_1) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash.value();
    }
}
