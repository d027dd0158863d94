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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * JBake's asset step for full builds: copies {@code assets/} to the site root and the attachments of
 * {@code content/} beside their pages, like JBake's {@link Asset}, into the staging folder of the build — but only the
 * files that differ from the published site (copies keep their modification time, so size and time tell). The build
 * then moves the staged files into place.
 */
public final class StagedAsset extends Asset {
    private final Path site;
    private Map<String, String> files;
    private final Path staging;
    private final Path live;
    private final Set<String> published = new TreeSet<>();
    private int staged;

    /**
     * @param site    the site folder
     * @param staging where changed files go
     * @param live    the published site to compare with ({@code null} or missing: copy everything)
     */
    public StagedAsset(JBakeConfiguration config, Path site, Path staging, Path live) {
        super(config);
        this.site = Objects.requireNonNull(site, "site");
        this.staging = Objects.requireNonNull(staging, "staging");
        this.live = live;
    }

    @Override
    public void copy() {
        stage("assets/");
    }

    @Override
    public void copyAssetsFromContent(File path) {
        stage("content/");
    }

    private void stage(String folder) {
        for (Map.Entry<String, String> file : files().entrySet()) {
            String source = file.getKey();
            if (!source.startsWith(folder)) {
                continue;
            }
            String target = file.getValue();
            published.add(target);
            Path from = site.resolve(source);
            try {
                if (live != null && sameFile(from, live.resolve(target))) {
                    continue;
                }
                Path to = staging.resolve(target);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                staged++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean sameFile(Path source, Path published) throws IOException {
        if (!Files.isRegularFile(published)) {
            return false;
        }
        BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
        BasicFileAttributes b = Files.readAttributes(published, BasicFileAttributes.class);
        // copies keep the time to the microsecond or millisecond only, depending on the system
        return a.size() == b.size() && a.lastModifiedTime().toMillis() == b.lastModifiedTime().toMillis();
    }

    /** How many files were copied (changed or new). */
    public int staged() {
        return staged;
    }

    /** The files to publish, listed once per bake (the Oven copies assets and attachments in two steps). */
    private Map<String, String> files() {
        if (files == null) {
            files = ContentFiles.published(site);
        }
        return files;
    }

    /** Every published path of an asset or attachment (changed or not). */
    public Set<String> published() {
        return published;
    }
}
