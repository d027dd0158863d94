package rs.iom.hub.pipeline;

import rs.iom.hub.images.ImageEncoder;
import rs.iom.hub.images.ImageVariants;
import rs.iom.hub.images.SourceImage;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes the copies of one JPEG or PNG picture of {@code content/} ({@link ImageVariants}) in place of the file
 * itself: from the {@link ImageCache} when it has them, else made anew ({@link ImageEncoder}) and kept there. Like
 * {@link FileCopier}, it writes only what changed: a full build compares each copy with the published one, a preview
 * re-bake compares the copy's name in the cache with the one the previous bake wrote.
 */
final class ImagePublisher {
    private final Path site;
    private final ImageCache cache;

    /** @param cache the cache of copies, or null to make every copy anew */
    ImagePublisher(Path site, ImageCache cache) {
        this.site = site;
        this.cache = cache;
    }

    /**
     * What publishing one picture gave.
     *
     * @param stamps  published path → the copy's name in the cache, for every copy
     * @param written how many copies were written
     * @param made    how many copies were made anew (not found in the cache)
     * @param problem why the picture could not be published, or null
     */
    record Outcome(Map<String, String> stamps, int written, int made, Problem problem) {
    }

    /**
     * Publishes the copies of {@code image} (with its sharing copy when {@code share}) below {@code destination}.
     *
     * @param live     the published site a full build compares with, or null
     * @param previous the stamps of the copies published by the previous bake (for a full build: those the build
     *                 cache found unchanged in {@code live}), or null
     */
    Outcome publish(SourceImage image, boolean share, Path destination, Path live, Map<String, String> previous) {
        List<ImageVariants.Variant> variants = new ArrayList<>(ImageVariants.of(image));
        if (share) {
            variants.add(ImageVariants.share(image));
        }
        Map<String, String> stamps = new LinkedHashMap<>();
        List<ImageVariants.Variant> needed = new ArrayList<>();
        for (ImageVariants.Variant variant : variants) {
            String stamp = STAMP + ImageCache.name(image, variant);
            stamps.put(variant.sitePath(), stamp);
            // a full build: the build cache checked that the published copy is the one written under that name
            boolean unchanged = previous != null && stamp.equals(previous.get(variant.sitePath()))
                    && (live != null || Files.exists(destination.resolve(variant.sitePath()), LinkOption.NOFOLLOW_LINKS));
            if (!unchanged) {
                needed.add(variant);
            } else if (cache != null) {
                cache.keep(nameOf(stamp));
            }
        }
        if (needed.isEmpty()) {
            return new Outcome(stamps, 0, 0, null);
        }
        Map<String, byte[]> bytes = new HashMap<>();
        if (cache != null) {
            for (ImageVariants.Variant variant : needed) {
                byte[] cached = cache.get(nameOf(stamps.get(variant.sitePath())));
                if (cached != null) {
                    bytes.put(variant.sitePath(), cached);
                }
            }
        }
        int made = 0;
        if (bytes.size() < needed.size()) {
            Set<ImageVariants.Variant> missing = new java.util.HashSet<>(needed);
            missing.removeIf(v -> bytes.containsKey(v.sitePath()));
            try {
                byte[] source = Files.readAllBytes(site.resolve(image.source()));
                Map<String, byte[]> fresh = ImageEncoder.encode(image, source, variants, missing::contains);
                made = fresh.size();
                fresh.forEach((path, data) -> {
                    bytes.put(path, data);
                    if (cache != null) {
                        cache.put(nameOf(stamps.get(path)), data);
                    }
                });
            } catch (ImageEncoder.UnreadableImageException e) {
                return new Outcome(stamps, 0, 0, Problem.error(image.source(), 0, 0, e.getMessage(),
                        "open the picture in a photo editor and save it again as JPEG (or PNG), then build again"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int written = 0;
        try {
            for (ImageVariants.Variant variant : needed) {
                byte[] data = bytes.get(variant.sitePath());
                if (live != null && sameBytes(live.resolve(variant.sitePath()), data)) {
                    continue;
                }
                Path to = destination.resolve(variant.sitePath());
                Files.createDirectories(to.getParent());
                Files.write(to, data);
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(stamps, written, made, null);
    }

    /** Before the cache name of a copy, in the stamps of published files (plain files have "size:modified"). */
    private static final String STAMP = "picture:";

    /** Whether {@code stamp} is that of a copy of a picture. */
    static boolean isPictureStamp(String stamp) {
        return stamp != null && stamp.startsWith(STAMP);
    }

    private static String nameOf(String stamp) {
        return stamp.substring(STAMP.length());
    }

    private static boolean sameBytes(Path published, byte[] data) throws IOException {
        return Files.isRegularFile(published, LinkOption.NOFOLLOW_LINKS) && Files.size(published) == data.length
                && Arrays.equals(Files.readAllBytes(published), data);
    }
}
