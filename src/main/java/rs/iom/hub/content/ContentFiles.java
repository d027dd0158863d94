package rs.iom.hub.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists the files of a site folder below {@code content/} (Markdown pages and the attachments beside them) and
 * {@code assets/}, in a stable order, skipping hidden files and folders (names starting with a dot) and editor
 * backup files, and never following a link out of its folder ({@link SourceFiles}; the problems with links are
 * reported by the build, from {@link SourceFiles#list}).
 */
public final class ContentFiles {
    private ContentFiles() {
    }

    /** Site-relative paths (forward slashes) of every visible file below {@code folder} of {@code site}. */
    public static List<String> list(Path site, String folder) {
        Objects.requireNonNull(site, "site");
        return SourceFiles.list(site, folder).files();
    }

    /**
     * The files the site publishes as they are: everything in {@code assets/} (at the site root) and every file
     * beside the pages in {@code content/} that is not Markdown and is of a type {@link Attachments} allows (at the
     * same path without {@code content/}).
     *
     * @return source path → published path, in a stable order
     */
    public static Map<String, String> published(Path site) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String folder : List.of("assets", "content")) {
            for (String source : list(site, folder)) {
                if (folder.equals("assets") || !isMarkdown(source) && Attachments.isAllowed(source)) {
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
}
