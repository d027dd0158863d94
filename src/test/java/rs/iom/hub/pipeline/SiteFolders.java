package rs.iom.hub.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists, copies, snapshots and compares whole folders (sources, baked sites) byte for byte. The one place the tests
 * walk a folder, so that every test names files the same way: by their path from the folder, with forward slashes.
 */
public final class SiteFolders {
    private SiteFolders() {
    }

    /** Every regular file below {@code folder} by relative path (forward slashes), sorted. */
    public static List<String> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> relative(folder, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below {@code folder} whose name ends with {@code suffix} ({@code ".md"}), sorted. */
    public static List<String> files(Path folder, String suffix) {
        return files(folder).stream().filter(f -> f.endsWith(suffix)).toList();
    }

    /** Every regular file below {@code folder} by relative path (forward slashes), with its bytes. */
    public static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (String file : files(folder)) {
                files.put(file, Files.readAllBytes(folder.resolve(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Fails unless both snapshots hold the same files with the same bytes, naming those that differ. */
    public static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> differing = differences(expected, actual);
        assertTrue(differing.isEmpty(), () -> differing.size() + " files differ: " + differing);
    }

    /** The files added, removed or changed from {@code before} to {@code after}, sorted ({@code "changed a.html"}). */
    public static List<String> differences(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> files = new TreeSet<>(before.keySet());
        files.addAll(after.keySet());
        return files.stream().filter(f -> !Arrays.equals(before.get(f), after.get(f)))
                .map(f -> (!after.containsKey(f) ? "removed " : !before.containsKey(f) ? "added " : "changed ") + f)
                .toList();
    }

    /** Fails unless both folders hold the same files with the same bytes, naming those that differ. */
    public static void assertSame(Path expected, Path actual) {
        assertSame(snapshot(expected), snapshot(actual));
    }

    /**
     * Copies the folder {@code from} to {@code to} (created, with its parents). A missing {@code from} copies nothing.
     * The copies are new files with new times, as in a fresh checkout.
     */
    public static Path copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return to;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the entries of {@code folder}, sorted. */
    public static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
