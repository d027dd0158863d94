package rs.iom.hub.images;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Makes the photo a phone takes, for tests: a JPEG stored sideways with EXIF orientation 6 ("turn 90° clockwise to
 * show"), a GPS position and an XMP block. Its stored pixels are blue with a red top-left corner, so that upright (as
 * readers must see it) the red corner is at the top right.
 */
public final class PhonePhoto {
    /** The latitude written into the GPS block: 44° 49' 1" N (Belgrade). */
    public static final int[] LATITUDE = {44, 49, 1};
    /** Text of the XMP block, to look for in published files. */
    public static final String XMP_MARKER = "hub-test-xmp-creator";

    private PhonePhoto() {
    }

    /** A {@code width} × {@code height} photo as stored (shown upright it is {@code height} × {@code width}). */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 8) {
            // a gradient with fine stripes: some detail, as a photo has, so that sizes are not those of a flat colour
            int shade = 90 + 80 * y / height;
            g.setColor(new Color(20, 40 + (y / 8 % 2) * 12, shade));
            g.fillRect(0, y, width, 8);
        }
        g.setColor(new Color(220, 20, 20));
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jpeg = plain.toByteArray();
        // SOI, then APP1 Exif and APP1 XMP, then the rest (the JFIF APP0 ImageIO wrote included)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xE1, exif());
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl"
                + ".org/dc/elements/1.1/\" dc:creator=\"" + XMP_MARKER + "\"/></rdf:RDF></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }

    /** "Exif\0\0" and a little-endian TIFF: IFD0 with Orientation 6 and a GPS IFD with a latitude. */
    private static byte[] exif() {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int tiff = b.position();
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 2 entries
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        b.putInt(0);
        // GPS IFD: 2 entries: GPSLatitudeRef "N", GPSLatitude 3 rationals
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        int rationals = gpsIfd + 2 + 2 * 12 + 4;
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
        b.putInt(0);
        for (int value : LATITUDE) {
            b.putInt(value).putInt(1);
        }
        byte[] bytes = new byte[b.position()];
        b.flip();
        b.get(bytes);
        assert tiff == 6;
        return bytes;
    }
}
