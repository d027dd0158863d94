package rs.iom.hub.publish;

import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether hub may write a site into a folder. A build replaces and deletes files in its output folder, so it
 * writes only into a folder that is missing, empty, or marked as its own by an earlier build, and never into or
 * around the site's sources. Every check compares real paths (links resolved): a link named {@code site} inside
 * {@code content/} is the folder it points to.
 */
final class OutputLocation {
    private OutputLocation() {
    }

    /** The real path of an output folder, or a problem explaining why hub may not write there. */
    record Verdict(Path real, boolean exists, Optional<Problem> problem) {
    }

    static Verdict check(Path output, Path source, List<Path> sourceFolders) {
        String shown = output.toString();
        Path real;
        try {
            Optional<Path> resolved = realPath(output);
            if (resolved.isEmpty()) {
                return refuse(shown, "the output folder " + shown + " is a link to "
                                + Files.readSymbolicLink(danglingLink(output)) + ", which does not exist",
                        "delete the link or give another output folder, e.g. target/site");
            }
            real = resolved.get();
        } catch (IOException e) {
            return refuse(shown, "the output folder " + shown + " cannot be used: " + IoErrors.describe(e),
                    "give another output folder, e.g. target/site");
        }
        String via = real.equals(output.toAbsolutePath().normalize()) ? "" : " (it is " + real + ")";
        Path realSource = realOrSelf(source);
        if (realSource.startsWith(real)) {
            return refuse(shown, "the output folder " + shown + via + " holds the site's sources, which a build "
                            + "would delete",
                    "choose an output folder outside " + source + ", e.g. " + source.resolve("target/site"));
        }
        for (Path folder : sourceFolders) {
            Path realFolder = realOrSelf(folder);
            if (real.startsWith(realFolder)) {
                return refuse(shown, "the output folder " + shown + via + " is inside the source folder "
                                + folder.getFileName() + "/",
                        "choose an output folder outside the sources, e.g. " + source.resolve("target/site"));
            }
        }
        if (real.startsWith(realSource)) {
            for (Path part : realSource.relativize(real)) {
                if (part.toString().startsWith(".")) {
                    return refuse(shown, "the output folder " + shown + via + " is inside the hidden folder "
                                    + part + " of the site",
                            "choose an output folder outside hidden folders, e.g. " + source.resolve("target/site"));
                }
            }
        }
        if (!Files.exists(real)) {
            return new Verdict(real, false, Optional.empty());
        }
        if (!Files.isDirectory(real)) {
            return refuse(shown, "the output " + shown + via + " is a file, not a folder",
                    "give a folder for the site, e.g. target/site");
        }
        if (Files.isRegularFile(real.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return new Verdict(real, true, Optional.empty());
        }
        Optional<String> foreign = firstEntry(real);
        if (foreign.isPresent()) {
            return refuse(shown, "the output folder " + shown + via + " already holds files that hub did not write "
                            + "(such as " + foreign.get() + "), and a build deletes every file there that is not "
                            + "part of the site",
                    "give a new or empty folder with --output; if it holds only a site built by an earlier version "
                            + "of hub, delete it and build again (hub marks the folders it writes with a file "
                            + OutputFolder.MARKER + ")");
        }
        return new Verdict(real, true, Optional.empty());
    }

    private static Verdict refuse(String file, String message, String hint) {
        return new Verdict(null, false, Optional.of(Problem.error(file, 0, 0, message, hint)));
    }

    /**
     * The path with every link resolved: the real path of its longest existing part, plus the rest. Empty when that
     * part is a link that points nowhere.
     */
    static Optional<Path> realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Deque<Path> rest = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(absolute);
        }
        if (!Files.exists(existing)) {
            return Optional.empty(); // a link to nothing
        }
        Path real = existing.toRealPath();
        for (Path part : rest) {
            real = real.resolve(part.toString());
        }
        return Optional.of(real);
    }

    private static Path danglingLink(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing;
    }

    private static Path realOrSelf(Path path) {
        try {
            return realPath(path).orElse(path.toAbsolutePath().normalize());
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Optional<String> firstEntry(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().findFirst();
        } catch (IOException e) {
            return Optional.of("files that cannot be listed: " + IoErrors.reason(e));
        }
    }
}
