package rs.iom.hub.content;

import rs.iom.hub.layout.SiteLayout;

import java.util.List;
import java.util.Optional;

/**
 * Where content files live and what their paths mean: {@code content/<language>/<path>.md}, one file per page per
 * language. {@code index.md} stands for its folder ({@code content/sr/index.md} is the Serbian home page text).
 */
public final class ContentLayout {
    private ContentLayout() {
    }

    /** The language of a content file: the first folder below the content folder. */
    public static Optional<String> languageOf(SiteLayout layout, String source, List<String> languages) {
        if (!layout.isContent(source)) {
            return Optional.empty();
        }
        String rest = source.substring(layout.contentPrefix().length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String language = rest.substring(0, slash);
        return languages.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The path inside the edition: {@code content/sr/vesti/2022/a.md} → {@code vesti/2022/a/}; index → folder. */
    public static String editionPath(SiteLayout layout, String source) {
        String rest = source.substring(layout.contentPrefix().length());
        rest = rest.substring(rest.indexOf('/') + 1);
        if (rest.endsWith(".md")) {
            rest = rest.substring(0, rest.length() - 3);
        }
        if (rest.equals("index")) {
            return "";
        }
        if (rest.endsWith("/index")) {
            return rest.substring(0, rest.length() - "index".length());
        }
        return rest + "/";
    }

    /** The path segments below the language folder, the file name without {@code .md}. */
    public static List<String> segments(SiteLayout layout, String source) {
        String rest = source.substring(layout.contentPrefix().length());
        rest = rest.substring(rest.indexOf('/') + 1);
        if (rest.endsWith(".md")) {
            rest = rest.substring(0, rest.length() - 3);
        }
        return List.of(rest.split("/"));
    }
}
