package rs.iom.hub.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of a published site folder, as hub sees them: links are files (never followed), its own files left out. */
final class PublishedFiles {
    private PublishedFiles() {
    }

    /** The files and links below a published folder, and the first link among them ("path → target"), if any. */
    record Scan(List<String> files, Optional<String> firstLink) {
    }

    /**
     * Every file and link below {@code root}, as sorted paths with forward slashes, without hub's marker and work
     * folder; with the first of them (in that order) that is a symbolic link. One pass that looks at each entry once:
     * a large site's output has tens of thousands of files, and every build scans it.
     */
    static Scan scan(Path root) throws IOException {
        java.util.TreeMap<String, Boolean> entries = new java.util.TreeMap<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                    java.nio.file.attribute.BasicFileAttributes attributes) {
                return dir.equals(root.resolve(OutputFolder.WORK)) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                        : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file,
                    java.nio.file.attribute.BasicFileAttributes attributes) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(OutputFolder.MARKER)) {
                    entries.put(relative, attributes.isSymbolicLink());
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        Optional<String> link = Optional.empty();
        for (java.util.Map.Entry<String, Boolean> entry : entries.entrySet()) {
            if (entry.getValue()) {
                Path path = root.resolve(entry.getKey());
                link = Optional.of(entry.getKey() + " → " + Files.readSymbolicLink(path));
                break;
            }
        }
        return new Scan(List.copyOf(entries.keySet()), link);
    }

    /**
     * Every file and link below {@code root}, as sorted paths with forward slashes, without hub's marker and work
     * folder.
     */
    static List<String> list(Path root) throws IOException {
        return scan(root).files();
    }

    /**
     * What a publish moves from {@code staging} into {@code live}, as sorted paths with forward slashes: a staged folder
     * that {@code live} does not have yet is one entry ending in "/" (moved as a whole: one rename instead of one per
     * file, which is what makes publishing a whole new site quick); the other staged files one entry each.
     */
    static List<String> moves(Path staging, Path live) throws IOException {
        List<String> moves = new ArrayList<>();
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            addMoves(staging, live, "", moves);
        }
        moves.sort(String::compareTo);
        return moves;
    }

    private static void addMoves(Path staging, Path live, String prefix, List<String> moves) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(staging.resolve(prefix))) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String path = prefix + child.getFileName();
            if (!Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                moves.add(path);
            } else if (!Files.exists(live.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                moves.add(path + "/");
            } else {
                addMoves(staging, live, path + "/", moves);
            }
        }
    }

    /** Removes the empty folders below {@code root} (not {@code root} itself, nor hub's work folder). */
    static void deleteEmptyFolders(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.equals(root) && !p.startsWith(root.resolve(OutputFolder.WORK)))
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path folder : folders) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    continue;
                }
            }
            Files.delete(folder);
        }
    }

    /** Deletes a folder tree (links are deleted, never followed): files in parallel, then folders, deepest first. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(p -> (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files).add(p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            files.parallelStream().forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        folders.sort(Comparator.reverseOrder());
        for (Path folder : folders) {
            Files.deleteIfExists(folder);
        }
    }
}
