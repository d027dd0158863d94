import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Writes COUNT phone-like photos into FOLDER: 4000 × 3000 JPEGs at quality 0.92 with sensor-like noise over smooth
 * colour fields (3–5 MB each, as a phone's), every other one stored sideways with EXIF orientation 6, each with a
 * GPS block. Photo n is foto-NNN.jpg; the same n always gives the same bytes.
 * Usage: java bench/photos/GenPhotos.java FOLDER COUNT
 */
public class GenPhotos {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        IntStream.range(0, count).parallel().forEach(n -> {
            try {
                Files.write(folder.resolve(String.format("foto-%03d.jpg", n)), photo(n));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    static byte[] photo(int n) throws Exception {
        int width = 4000;
        int height = 3000;
        Random random = new Random(n);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        double fx = 2 + random.nextInt(5);
        double fy = 2 + random.nextInt(5);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double base = 0.5 + 0.25 * Math.sin(x * fx / width * Math.PI) * Math.cos(y * fy / height * Math.PI);
                int noise = random.nextInt(24) - 12;
                int r = clamp((int) (base * 200) + noise + (n * 37 % 40));
                int g = clamp((int) (base * 170 + 30) + noise);
                int b = clamp((int) ((1 - base) * 180 + 20) + noise);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(jpeg)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        byte[] plain = jpeg.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        byte[] exif = exif(n % 2 == 0 ? 6 : 1);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** "Exif\0\0", a little-endian TIFF: IFD0 with the orientation and a GPS IFD with a latitude. */
    private static byte[] exif(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gps = 8 + 2 + 2 * 12 + 4;
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
        b.putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        int rationals = gps + 2 + 2 * 12 + 4;
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationals);
        b.putInt(0);
        for (int value : new int[]{44, 49, 1}) {
            b.putInt(value).putInt(1);
        }
        byte[] bytes = new byte[b.position()];
        b.flip();
        b.get(bytes);
        return bytes;
    }
}
