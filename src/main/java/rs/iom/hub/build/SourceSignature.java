package rs.iom.hub.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A hash of the files every page depends on: templates, data files (UI strings, dictionaries) and settings. */
final class SourceSignature {
    private SourceSignature() {
    }

    static long of(Path site, Object... options) {
        InputHash hash = new InputHash();
        for (Object option : options) {
            hash.add(option);
        }
        for (String folder : List.of("templates", "data")) {
            Path root = site.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    hash.add(site.relativize(file).toString()).add(new String(Files.readAllBytes(file),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
