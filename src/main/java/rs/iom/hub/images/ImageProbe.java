package rs.iom.hub.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;

/**
 * Reads what a picture is without decoding its pixels: its size from the header (ImageIO), the orientation a phone
 * wrote into its EXIF block (metadata-extractor), and the hash of its bytes. Cheap enough to run on every picture in
 * every build and {@code hub check}.
 */
public final class ImageProbe {
    private ImageProbe() {
    }

    /**
     * What the picture {@code source} (published at {@code sitePath}) with the bytes {@code bytes} is. A picture hub
     * cannot read is returned with the reason ({@link SourceImage#unreadable()}), never thrown.
     */
    public static SourceImage probe(String source, String sitePath, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sitePath, "sitePath");
        Objects.requireNonNull(bytes, "bytes");
        String format = Objects.requireNonNullElse(SourceImage.formatOf(source), "jpeg");
        String sha = sha256(bytes);
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return unreadable(source, sitePath, format, sha, bytes, "its content is not a picture hub can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return unreadable(source, sitePath, format, sha, bytes, "it is damaged or incomplete");
        }
        if (width <= 0 || height <= 0) {
            return unreadable(source, sitePath, format, sha, bytes, "it has no pixels");
        }
        if ((long) width * height > SourceImage.MAX_PIXELS) {
            return new SourceImage(source, sitePath, format, sha, bytes.length, width, height, 1,
                    "it has " + megapixels((long) width * height) + " megapixels, more than hub can publish ("
                            + SourceImage.MAX_PIXELS / 1_000_000 + ")");
        }
        int orientation = format.equals("jpeg") ? orientation(bytes) : 1;
        boolean turned = orientation >= 5 && orientation <= 8;
        return new SourceImage(source, sitePath, format, sha, bytes.length, turned ? height : width,
                turned ? width : height, orientation, null);
    }

    /** Megapixels, rounded to one decimal place, for messages. */
    public static String megapixels(long pixels) {
        return String.format(java.util.Locale.ROOT, "%.1f", pixels / 1e6);
    }

    /** The EXIF orientation (1–8) of a JPEG; 1 when it has none or it cannot be read. */
    static int orientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int value = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // a damaged EXIF block: the picture is shown as stored
        }
        return 1;
    }

    private static SourceImage unreadable(String source, String sitePath, String format, String sha, byte[] bytes,
                                          String reason) {
        return new SourceImage(source, sitePath, format, sha, bytes.length, 0, 0, 1, reason);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
