package rs.iom.hub.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which copies of a picture the site publishes, at which paths and sizes. A picture is never scaled up and never
 * published wider than {@link #MAX_WIDTH}: at its own address ({@code slika.jpg}, so that its address never changes)
 * goes a copy at most that wide, and beside it the narrower copies a browser picks from with {@code srcset}
 * ({@code slika.480.jpg}, {@code slika.800.jpg}, …). A news item's lead picture also gets a sharing copy
 * ({@code slika.share.jpg}), cut to the 1200 × 630 that link previews show.
 */
public final class ImageVariants {
    /** The widths of the copies browsers choose from (those narrower than the picture). */
    static final int[] WIDTHS = {480, 800, 1200, 1600};
    /** No published copy is wider. */
    public static final int MAX_WIDTH = 2560;
    /** The width the {@code src} of a page's picture names, for browsers that do not read {@code srcset}. */
    static final int DEFAULT_WIDTH = 800;
    /** The size of a sharing picture (Open Graph, Twitter cards). */
    public static final int SHARE_WIDTH = 1200;
    public static final int SHARE_HEIGHT = 630;

    private ImageVariants() {
    }

    /**
     * One published copy.
     *
     * @param sitePath where it is published, from the site root
     * @param width    its width in pixels
     * @param height   its height in pixels
     * @param crop     for a sharing copy, the part of the upright picture it shows ({x, y, width, height}); null for
     *                 a copy of the whole picture
     * @param format   {@code jpeg} or {@code png}
     */
    public record Variant(String sitePath, int width, int height, int[] crop, String format) {
        public Variant {
            Objects.requireNonNull(sitePath, "sitePath");
            Objects.requireNonNull(format, "format");
        }

        /** What decides the bytes of this copy besides the picture: the cache key's part. */
        String spec() {
            return width + "x" + height + (crop == null ? "" : "@" + crop[0] + "," + crop[1] + "," + crop[2] + ","
                    + crop[3]) + "." + format;
        }
    }

    /** The copies of the whole picture, narrowest first; the last is published at the picture's own address. */
    public static List<Variant> of(SourceImage image) {
        Objects.requireNonNull(image, "image");
        List<Variant> variants = new ArrayList<>();
        if (!image.readable()) {
            return variants;
        }
        int full = Math.min(image.width(), MAX_WIDTH);
        for (int width : WIDTHS) {
            if (width < full) {
                variants.add(new Variant(pathWith(image.sitePath(), "." + width), width, heightAt(image, width), null,
                        image.format()));
            }
        }
        variants.add(new Variant(image.sitePath(), full, heightAt(image, full), null, image.format()));
        return variants;
    }

    /** The copy a page's {@code src} names: 800 pixels wide, or the widest when the picture is narrower. */
    public static Variant fallback(SourceImage image) {
        List<Variant> variants = of(image);
        return variants.stream().filter(v -> v.width() == DEFAULT_WIDTH).findFirst()
                .orElse(variants.get(variants.size() - 1));
    }

    /**
     * The sharing copy: the middle of the picture cut to the proportions of 1200 × 630, that size (smaller when the
     * picture is), always JPEG.
     */
    public static Variant share(SourceImage image) {
        Objects.requireNonNull(image, "image");
        double ratio = (double) SHARE_WIDTH / SHARE_HEIGHT;
        int cropWidth = image.width();
        int cropHeight = image.height();
        if ((double) cropWidth / cropHeight > ratio) {
            cropWidth = Math.max(1, (int) Math.round(cropHeight * ratio));
        } else {
            cropHeight = Math.max(1, (int) Math.round(cropWidth / ratio));
        }
        int x = (image.width() - cropWidth) / 2;
        int y = (image.height() - cropHeight) / 2;
        int width = Math.min(SHARE_WIDTH, cropWidth);
        int height = width == SHARE_WIDTH ? SHARE_HEIGHT : Math.max(1, (int) Math.round(width / ratio));
        String base = pathWith(image.sitePath(), ".share");
        String path = base.substring(0, base.lastIndexOf('.')) + ".jpg";
        return new Variant(path, width, height, new int[]{x, y, cropWidth, cropHeight}, "jpeg");
    }

    /** The height of a copy {@code width} pixels wide, in the picture's proportions. */
    static int heightAt(SourceImage image, int width) {
        return Math.max(1, (int) Math.round((double) image.height() * width / image.width()));
    }

    /** {@code path} with {@code suffix} before its extension: {@code a/slika.jpg} → {@code a/slika.480.jpg}. */
    static String pathWith(String path, String suffix) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return path + suffix;
        }
        return path.substring(0, dot) + suffix + path.substring(dot);
    }
}
