package rs.iom.hub.content;

import java.nio.file.Path;
import java.util.List;
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

    /** True for Markdown content files. */
    public static boolean isMarkdown(String path) {
        return path.endsWith(".md");
    }
}
