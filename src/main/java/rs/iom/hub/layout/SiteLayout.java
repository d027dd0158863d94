package rs.iom.hub.layout;

import java.util.List;
import java.util.Objects;

/**
 * Which folders of a site hold what: its content (Markdown pages and the files beside them), its assets (published
 * at the site root as they are), its templates and its data (UI strings, the transliteration dictionary). JBake's
 * settings {@code content.folder}, {@code asset.folder}, {@code template.folder} and {@code data.folder} name them
 * in {@code jbake.properties}; the defaults are {@code content}, {@code assets}, {@code templates} and {@code data}.
 * Source paths everywhere in hub are relative to the site folder with these real names
 * ({@code sadrzaj/sr/o-projektu.md} when {@code content.folder=sadrzaj}), so that every message names the file as it
 * is on disk.
 *
 * @param content   the content folder, relative to the site folder, with forward slashes, no trailing slash
 * @param assets    the assets folder
 * @param templates the templates folder
 * @param data      the data folder
 */
public record SiteLayout(String content, String assets, String templates, String data) {
    /** JBake's default folders. */
    public static final SiteLayout DEFAULT = new SiteLayout("content", "assets", "templates", "data");

    public SiteLayout {
        content = clean(content, "content");
        assets = clean(assets, "assets");
        templates = clean(templates, "templates");
        data = clean(data, "data");
    }

    private static String clean(String folder, String name) {
        Objects.requireNonNull(folder, name);
        String cleaned = folder.replace('\\', '/');
        while (cleaned.endsWith("/")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        while (cleaned.startsWith("./")) {
            cleaned = cleaned.substring(2);
        }
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException(name + " must name a folder");
        }
        return cleaned;
    }

    /** The four folders, in the order they are listed: content, assets, templates, data. */
    public List<String> folders() {
        return List.of(content, assets, templates, data);
    }

    /** {@code content/}: the prefix of every content file's path. */
    public String contentPrefix() {
        return content + "/";
    }

    /** {@code assets/}. */
    public String assetsPrefix() {
        return assets + "/";
    }

    /** {@code templates/}. */
    public String templatesPrefix() {
        return templates + "/";
    }

    /** {@code data/}. */
    public String dataPrefix() {
        return data + "/";
    }

    /** True for a path inside the content folder. */
    public boolean isContent(String path) {
        return path.startsWith(contentPrefix());
    }

    /** True for a path inside the assets folder. */
    public boolean isAsset(String path) {
        return path.startsWith(assetsPrefix());
    }

    private static final java.util.regex.Pattern DEFAULT_NAMES =
            java.util.regex.Pattern.compile("(?<![\\w./-])(content|assets|templates|data)/");

    /**
     * {@code text} with the folders' default names ({@code content/}, {@code assets/}, {@code templates/},
     * {@code data/}) replaced by this site's: for messages and hints written with the default names.
     */
    public String named(String text) {
        if (equals(DEFAULT) || text == null) {
            return text;
        }
        return DEFAULT_NAMES.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                switch (m.group(1)) {
                    case "content" -> contentPrefix();
                    case "assets" -> assetsPrefix();
                    case "templates" -> templatesPrefix();
                    default -> dataPrefix();
                }));
    }

    /**
     * Where a file of the content or assets folder is published: its path without that folder
     * ({@code content/sr/slika.jpg} → {@code sr/slika.jpg}, {@code assets/css/site.css} → {@code css/site.css}).
     */
    public String publishedPath(String source) {
        if (isContent(source)) {
            return source.substring(contentPrefix().length());
        }
        if (isAsset(source)) {
            return source.substring(assetsPrefix().length());
        }
        throw new IllegalArgumentException("source is neither in " + contentPrefix() + " nor in " + assetsPrefix()
                + ": " + source);
    }
}
