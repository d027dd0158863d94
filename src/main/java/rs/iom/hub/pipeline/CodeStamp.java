package rs.iom.hub.pipeline;

import rs.iom.hub.plan.InputHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which build of hub is running: the size and time of hub.jar (or, when run from a classes folder as the tests are, of
 * every file in it) and the Java version. What the build cache keeps was made by one build of hub; another may read or
 * render the same file differently, so the cache is only used by the build that wrote it.
 */
final class CodeStamp {
    private static volatile String value;

    private CodeStamp() {
    }

    /** The stamp of the running code, computed once per process. */
    static String value() {
        String stamp = value;
        if (stamp == null) {
            stamp = compute();
            value = stamp;
        }
        return stamp;
    }

    private static String compute() {
        CodeSource source = CodeStamp.class.getProtectionDomain().getCodeSource();
        String java = "java " + Runtime.version();
        if (source == null || source.getLocation() == null) {
            return java + " (code location unknown)";
        }
        try {
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return java + " " + code.getFileName() + " " + stampOf(code);
            }
            InputHash hash = new InputHash();
            try (Stream<Path> files = Files.walk(code)) {
                files.filter(Files::isRegularFile).sorted().forEach(file ->
                        hash.add(code.relativize(file).toString()).add(stampOf(file)));
            }
            return java + " classes " + Long.toHexString(hash.value());
        } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
            // unknown code: a stamp that matches no cache (the process's start time), so nothing stale is reused
            return java + " unknown " + ProcessHandle.current().info().startInstant().orElse(null) + " "
                    + System.nanoTime();
        }
    }

    private static String stampOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
