package rs.iom.hub.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Lists the files of a site folder below {@code content/} (Markdown pages and the attachments beside them) and
 * {@code assets/}, in a stable order, skipping hidden files and folders (names starting with a dot) and editor
 * backup files.
 */
public final class ContentFiles {
    private ContentFiles() {
    }

    /** Site-relative paths (forward slashes) of every visible file below {@code folder} of {@code site}. */
    public static List<String> list(Path site, String folder) {
        Objects.requireNonNull(site, "site");
        Path root = site.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .forEach(p -> files.add(site.relativize(p).toString().replace('\\', '/')));
            files.sort(String::compareTo);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files the site publishes as they are: everything in {@code assets/} (at the site root) and every file
     * beside the pages in {@code content/} that is not Markdown (at the same path without {@code content/}).
     *
     * @return source path → published path, in a stable order
     */
    public static Map<String, String> published(Path site) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String folder : List.of("assets", "content")) {
            for (String source : list(site, folder)) {
                if (!isMarkdown(source) || folder.equals("assets")) {
                    files.put(source, publishedPath(source));
                }
            }
        }
        return files;
    }

    /** Where a file of {@code assets/} or {@code content/} is published: its path without that first folder. */
    public static String publishedPath(String source) {
        return source.substring(source.indexOf('/') + 1);
    }

    /** True for Markdown content files. */
    public static boolean isMarkdown(String path) {
        return path.endsWith(".md");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }
}
