package rs.iom.hub.images;

import net.coobird.thumbnailator.resizers.Resizers;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the published copies of a picture: decodes it once (ImageIO), turns it upright as its EXIF orientation says,
 * scales it down step by step (Thumbnailator's progressive bilinear scaling, widest copy first, each from the one
 * before) and saves each copy anew — JPEG at a fixed quality, PNG for PNG pictures — from nothing but its pixels in
 * sRGB. No EXIF, GPS position, XMP, comment or colour profile of the original reaches a copy. The same picture always
 * gives the same bytes (fixed settings, no time written), so builds stay reproducible.
 */
public final class ImageEncoder {
    /** JPEG quality of every copy: photos at 0.8 look as the original on screen at a fifth of the size. */
    static final float JPEG_QUALITY = 0.8f;
    /** Changes whenever the copies of the same picture would come out different: part of the cache key. */
    public static final String VERSION = "images 2 (jpeg q0.8 progressive, png, subsampled over 16 MP)";

    private ImageEncoder() {
    }

    /** A picture that cannot be decoded, with the reason in words for its author. */
    public static final class UnreadableImageException extends Exception {
        public UnreadableImageException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The bytes of the copies {@code wanted} of {@code image}, whose file holds {@code bytes}, by their site path.
     *
     * @param variants every copy of the whole picture ({@link ImageVariants#of}) and the sharing copy, if any: the
     *                 copies of the whole picture are made each from the next wider one, so the wider ones are
     *                 scaled even when only a narrow one is wanted
     * @param wanted   which of them to encode
     */
    public static Map<String, byte[]> encode(SourceImage image, byte[] bytes, List<ImageVariants.Variant> variants,
                                             java.util.function.Predicate<ImageVariants.Variant> wanted)
            throws UnreadableImageException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(bytes, "bytes");
        BufferedImage upright = upright(decode(bytes, subsampling(image)), image.orientation(),
                image.format().equals("png"));
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<ImageVariants.Variant> whole = new ArrayList<>(variants.stream().filter(v -> v.crop() == null).toList());
        whole.sort(Comparator.comparingInt(ImageVariants.Variant::width).reversed());
        int needed = 0;
        for (int i = 0; i < whole.size(); i++) {
            if (wanted.test(whole.get(i))) {
                needed = i + 1;
            }
        }
        BufferedImage current = upright;
        for (int i = 0; i < needed; i++) {
            ImageVariants.Variant variant = whole.get(i);
            current = scaled(current, variant.width(), variant.height());
            if (wanted.test(variant)) {
                out.put(variant.sitePath(), write(current, variant.format()));
            }
        }
        for (ImageVariants.Variant variant : variants) {
            if (variant.crop() != null && wanted.test(variant)) {
                int[] c = scaledCrop(variant.crop(), (double) upright.getWidth() / image.width(), upright);
                BufferedImage part = copy(upright.getSubimage(c[0], c[1], c[2], c[3]), BufferedImage.TYPE_INT_RGB);
                out.put(variant.sitePath(), write(scaled(part, variant.width(), variant.height()), "jpeg"));
            }
        }
        return out;
    }

    /** Pictures with more pixels are decoded at every second (third, …) pixel, so that memory stays bounded. */
    static final long DECODED_PIXELS = 16_000_000L;

    /**
     * Every how many pixels a picture is decoded: 1 (every pixel), except for pictures over {@link #DECODED_PIXELS}
     * (a 48-megapixel phone photo, say), which are read at every n-th pixel — never fewer than the widest copy needs.
     */
    static int subsampling(SourceImage image) {
        if (image.pixels() <= DECODED_PIXELS) {
            return 1;
        }
        int needed = (int) Math.ceil(Math.sqrt((double) image.pixels() / DECODED_PIXELS));
        int allowed = Math.max(1, image.width() / ImageVariants.MAX_WIDTH);
        return Math.max(1, Math.min(needed, allowed));
    }

    /** The crop {x, y, width, height} of the full picture, on a copy {@code scale} times its size. */
    private static int[] scaledCrop(int[] crop, double scale, BufferedImage upright) {
        int x = Math.min((int) Math.round(crop[0] * scale), upright.getWidth() - 1);
        int y = Math.min((int) Math.round(crop[1] * scale), upright.getHeight() - 1);
        int width = Math.max(1, Math.min((int) Math.round(crop[2] * scale), upright.getWidth() - x));
        int height = Math.max(1, Math.min((int) Math.round(crop[3] * scale), upright.getHeight() - y));
        return new int[]{x, y, width, height};
    }

    private static BufferedImage decode(byte[] bytes, int subsampling) throws UnreadableImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException("its content is not a picture hub can read", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImageException("the picture cannot be read: it may be damaged, or saved in a colour "
                    + "mode hub cannot read (such as CMYK) (" + describe(e) + ")", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The picture turned upright, in plain sRGB pixels (with transparency only for a PNG that has it). */
    static BufferedImage upright(BufferedImage decoded, int orientation, boolean png) {
        int type = png && decoded.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage plain = copy(decoded, type);
        if (orientation <= 1 || orientation > 8) {
            return plain;
        }
        BufferedImage turned = ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(plain);
        return turned.getType() == type ? turned : copy(turned, type);
    }

    private static BufferedImage copy(BufferedImage source, int type) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        if (source.getWidth() == width && source.getHeight() == height) {
            return source;
        }
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Resizers.PROGRESSIVE.resize(source, target);
        return target;
    }

    /** The pixels of {@code image}, and nothing else, as a JPEG or PNG file. */
    static byte[] write(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                JPEGImageWriteParam jpeg = (JPEGImageWriteParam) param;
                jpeg.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                jpeg.setCompressionQuality(JPEG_QUALITY);
                jpeg.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
