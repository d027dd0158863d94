package rs.iom.hub.images;

import java.util.Objects;

/**
 * A JPEG or PNG picture of {@code content/}, as far as its header tells without decoding it: the build publishes
 * resized copies of it ({@link ImageVariants}) and pages show it with its size, so that nothing shifts as it loads.
 *
 * @param source      site-relative path of the file ({@code content/sr/vesti/2022/slika.jpg})
 * @param sitePath    where the site publishes it ({@code sr/vesti/2022/slika.jpg})
 * @param format      {@code jpeg} or {@code png}
 * @param sha256      hash of the file's bytes, in hexadecimal: resized copies are cached by it
 * @param bytes       the file's size
 * @param width       width upright (after the EXIF orientation), in pixels; 0 when unreadable
 * @param height      height upright, in pixels; 0 when unreadable
 * @param orientation the EXIF orientation (1 = upright … 8), 1 when the file has none
 * @param unreadable  why the picture cannot be read, or {@code null} when it can
 */
public record SourceImage(String source, String sitePath, String format, String sha256, long bytes, int width,
                          int height, int orientation, String unreadable) {
    /** Larger than this, a picture is too large to publish from (decoding it would take gigabytes). */
    public static final long MAX_PIXELS = 100_000_000L;

    public SourceImage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sitePath, "sitePath");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether the build can make the published copies of this picture. */
    public boolean readable() {
        return unreadable == null;
    }

    /** Width × height. */
    public long pixels() {
        return (long) width * height;
    }

    /** Whether the file is of a type whose copies the build makes itself: JPEG and PNG. */
    public static boolean isProcessed(String path) {
        return formatOf(path) != null;
    }

    /** {@code jpeg} or {@code png} for a file of that type by its name, else {@code null}. */
    static String formatOf(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "jpeg";
        }
        return name.endsWith(".png") ? "png" : null;
    }
}
