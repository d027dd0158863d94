package rs.iom.hub.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a successful build in place. The build staged only the files that differ from the published site; they are
 * moved over the published ones, and published files the site no longer has are deleted. Rewriting (and freeing) only
 * what changed keeps rebuilds fast: deleting and rewriting tens of thousands of unchanged files costs more than the
 * rest of the build on some file systems.
 */
final class OutputPublisher {
    private OutputPublisher() {
    }

    /**
     * @param staging  the changed files, at their published paths
     * @param live     the published site (created when missing)
     * @param expected every file path the site has now, from its root
     */
    static void publish(Path staging, Path live, Set<String> expected) throws IOException {
        if (!Files.exists(live)) {
            Files.createDirectories(live.toAbsolutePath().getParent());
            Files.move(staging, live, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        List<Path> staged = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile).forEach(staged::add);
        }
        for (Path file : staged) {
            Path target = live.resolve(staging.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(live)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !expected.contains(live.relativize(p).toString().replace('\\', '/')))
                    .forEach(stale::add);
        }
        try {
            stale.parallelStream().forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!stale.isEmpty()) {
            deleteEmptyFolders(live);
        }
        SiteBuilder.deleteRecursively(staging);
    }

    private static void deleteEmptyFolders(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            if (!folder.equals(root)) {
                try (Stream<Path> children = Files.list(folder)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }
}
