package rs.iom.hub.pipeline;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.images.SourceImage;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Copies the files the site publishes as they are — {@code assets/} at the site root, the attachments of
 * {@code content/} beside their pages — and only those that changed. Copies keep their modification time, so size
 * and time tell a changed file without reading it.
 * <ul>
 *   <li>A full build copies into its staging folder the files that differ from the published site
 *       ({@link #staged}); the publish step moves them into place.</li>
 *   <li>A preview re-bake copies straight into the served folder the files whose size or time changed since the
 *       previous bake, and deletes the copies of files that are gone ({@link #incremental}).</li>
 * </ul>
 * JPEG and PNG pictures of {@code content/} are not copied: their resized copies without metadata are published in
 * their place ({@link ImagePublisher}).
 */
final class FileCopier {
    private final Path site;
    private final SiteLayout layout;
    private final Path live;
    private final Map<String, String> previous;
    /** For a full build: the copies of pictures the build cache found published as written, by their stamps. */
    private final Map<String, String> publishedPictures;
    private final Set<String> published = new TreeSet<>();
    private final Map<String, String> stamps = new TreeMap<>();
    private final ImagePublisher images;
    private final List<Problem> problems = new ArrayList<>();
    private int copied;
    private int picturesMade;

    private FileCopier(Path site, SiteLayout layout, Path live, Map<String, String> previous, ImageCache cache,
                       Map<String, String> pictures) {
        this.site = site;
        this.layout = layout;
        this.live = live;
        this.previous = previous;
        this.publishedPictures = pictures;
        this.images = new ImagePublisher(site, cache);
    }

    /**
     * For a full build: compares with the published site {@code live}.
     *
     * @param cache     the copies of pictures made before, or null
     * @param published the stamps of the copies of pictures published in {@code live} as the previous build wrote
     *                  them (from the build cache), or null
     */
    static FileCopier staged(Path site, SiteLayout layout, Path live, ImageCache cache, Map<String, String> published) {
        return new FileCopier(site, layout, live, null, cache, published);
    }

    /** For a preview re-bake: compares with the stamps ("size:modified") of the previous bake. */
    static FileCopier incremental(Path site, SiteLayout layout, Map<String, String> previous, ImageCache cache) {
        return new FileCopier(site, layout, null, previous, cache, null);
    }

    /** Copies {@code sources} (site-relative) that changed below {@code destination}, at their published paths. */
    void copy(List<String> sources, Path destination) {
        copy(sources, destination, Map.of(), Set.of());
    }

    /**
     * Copies {@code sources} (site-relative) that changed below {@code destination}, at their published paths; for the
     * pictures among them ({@code pictures}, by published path) publishes their copies instead, with a sharing copy
     * for those in {@code shared}.
     */
    void copy(List<String> sources, Path destination, Map<String, SourceImage> pictures, Set<String> shared) {
        List<SourceImage> toPublish = new ArrayList<>();
        for (String source : sources) {
            if (layout.isContent(source) && (ContentFiles.isMarkdown(source) || !Attachments.isAllowed(source))) {
                continue;
            }
            SourceImage picture = layout.isContent(source) ? pictures.get(layout.publishedPath(source)) : null;
            if (picture != null) {
                toPublish.add(picture);
                continue;
            }
            String target = layout.publishedPath(source);
            published.add(target);
            Path from = site.resolve(source);
            try {
                BasicFileAttributes attributes = Files.readAttributes(from, BasicFileAttributes.class);
                String stamp = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
                stamps.put(target, stamp);
                Path to = destination.resolve(target);
                boolean unchanged = previous != null ? stamp.equals(previous.get(target)) && Files.exists(to)
                        : live != null && stamp.equals(stampOf(live.resolve(target)));
                if (unchanged) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                copied++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ImagePublisher.Outcome> outcomes = toPublish.parallelStream().map(picture -> images.publish(picture,
                shared.contains(picture.sitePath()), destination, live, previous != null ? previous : publishedPictures)).toList();
        for (ImagePublisher.Outcome outcome : outcomes) {
            published.addAll(outcome.stamps().keySet());
            stamps.putAll(outcome.stamps());
            copied += outcome.written();
            picturesMade += outcome.made();
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
            }
        }
    }

    /** How many copies of pictures were made anew (not taken from the cache). */
    int picturesMade() {
        return picturesMade;
    }

    /** The pictures that could not be published. */
    List<Problem> problems() {
        return problems;
    }

    /** For a preview re-bake: deletes the copies of files the previous bake published and this one does not. */
    void deleteGone(Path destination) {
        if (previous == null) {
            return;
        }
        for (String gone : previous.keySet()) {
            if (!stamps.containsKey(gone)) {
                try {
                    Files.deleteIfExists(destination.resolve(gone));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** "size:modified" of a published copy, or null when there is none; times to the millisecond (as copies keep). */
    private static String stampOf(Path published) throws IOException {
        if (!Files.isRegularFile(published)) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(published, BasicFileAttributes.class);
        return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
    }

    /** Every published path of an asset or attachment (changed or not). */
    Set<String> published() {
        return published;
    }

    /** Published path → "size:modified" of every file, for the next preview re-bake. */
    Map<String, String> stamps() {
        return stamps;
    }

    /** How many files were copied. */
    int copied() {
        return copied;
    }
}
