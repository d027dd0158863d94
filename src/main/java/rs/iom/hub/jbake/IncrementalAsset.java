package rs.iom.hub.jbake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import rs.iom.hub.content.ContentFiles;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * JBake's asset step for preview re-bakes: copies {@code assets/} to the site root and the attachments of
 * {@code content/} beside their pages, like JBake's {@link Asset}, but only the files that changed since the previous
 * bake, and removes the published copies of deleted files.
 */
public final class IncrementalAsset extends Asset {
    private final Path site;
    private Map<String, String> files;
    private final Path output;
    private final Map<String, String> previous;
    private final Map<String, String> current = new TreeMap<>();

    /**
     * @param previous published path → "size:modified" of the files copied by the previous bake
     */
    public IncrementalAsset(JBakeConfiguration config, Path site, Path output, Map<String, String> previous) {
        super(config);
        this.site = site;
        this.output = output;
        this.previous = previous;
    }

    @Override
    public void copy() {
        sync("assets/");
    }

    @Override
    public void copyAssetsFromContent(File path) {
        sync("content/");
        for (String gone : previous.keySet()) {
            if (!current.containsKey(gone)) {
                try {
                    Files.deleteIfExists(output.resolve(gone));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void sync(String folder) {
        for (Map.Entry<String, String> file : files().entrySet()) {
            String source = file.getKey();
            if (!source.startsWith(folder)) {
                continue;
            }
            String published = file.getValue();
            Path from = site.resolve(source);
            try {
                BasicFileAttributes attributes = Files.readAttributes(from, BasicFileAttributes.class);
                String stamp = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
                current.put(published, stamp);
                Path to = output.resolve(published);
                if (!stamp.equals(previous.get(published)) || !Files.exists(to)) {
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The files to publish, listed once per bake (the Oven copies assets and attachments in two steps). */
    private Map<String, String> files() {
        if (files == null) {
            files = ContentFiles.published(site);
        }
        return files;
    }

    /** What was published by this bake, for the next one. */
    public Map<String, String> published() {
        return current;
    }

    /** The published-path stamps of every asset and attachment, as a full bake leaves them. */
    public static Map<String, String> stamps(Path site) {
        Map<String, String> stamps = new TreeMap<>();
        for (Map.Entry<String, String> file : ContentFiles.published(site).entrySet()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(site.resolve(file.getKey()),
                        BasicFileAttributes.class);
                stamps.put(file.getValue(), attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stamps;
    }
}
