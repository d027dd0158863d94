package rs.iom.hub.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageEncoderTest {
    private static byte[] photo;
    private static SourceImage probed;
    private static List<ImageVariants.Variant> variants;
    private static Map<String, byte[]> copies;

    @BeforeAll
    static void encodeAPhonePhoto() throws Exception {
        photo = PhonePhoto.jpeg(4000, 3000);
        probed = ImageProbe.probe("content/sr/vesti/foto.jpg", "sr/vesti/foto.jpg", photo);
        variants = new ArrayList<>(ImageVariants.of(probed));
        variants.add(ImageVariants.share(probed));
        copies = ImageEncoder.encode(probed, photo, variants, v -> true);
    }

    @Test
    void theTestPhotoCarriesAGpsPositionAndIsStoredSideways() throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        assertNotNull(gps, "the fixture must have a GPS block, or the tests below prove nothing");
        assertTrue(gps.containsTag(GpsDirectory.TAG_LATITUDE));
        assertEquals(6, probed.orientation());
        assertTrue(new String(photo, StandardCharsets.ISO_8859_1).contains(PhonePhoto.XMP_MARKER));
    }

    @Test
    void theProbeGivesTheSizeUpright() {
        assertNull(probed.unreadable());
        assertEquals(3000, probed.width());
        assertEquals(4000, probed.height());
        assertEquals(photo.length, probed.bytes());
    }

    @Test
    void copiesAreNeverWiderThan2560PixelsNorScaledUp() {
        assertEquals(List.of(480, 800, 1200, 1600, 2560), ImageVariants.of(probed).stream()
                .map(ImageVariants.Variant::width).toList());
        assertEquals("sr/vesti/foto.jpg", ImageVariants.of(probed).get(4).sitePath());
        assertEquals("sr/vesti/foto.480.jpg", ImageVariants.of(probed).get(0).sitePath());
        SourceImage small = new SourceImage("content/a.png", "a.png", "png", "x", 1, 500, 250, 1, null);
        assertEquals(List.of(480, 500), ImageVariants.of(small).stream().map(ImageVariants.Variant::width).toList());
        SourceImage tiny = new SourceImage("content/a.png", "a.png", "png", "x", 1, 300, 100, 1, null);
        assertEquals(List.of(300), ImageVariants.of(tiny).stream().map(ImageVariants.Variant::width).toList());
        assertEquals(800, ImageVariants.fallback(probed).width());
        assertEquals(300, ImageVariants.fallback(tiny).width());
    }

    @Test
    void everyCopyIsUprightAndOfItsSize() throws Exception {
        assertEquals(variants.size(), copies.size());
        for (ImageVariants.Variant variant : variants) {
            BufferedImage copy = ImageIO.read(new ByteArrayInputStream(copies.get(variant.sitePath())));
            assertEquals(variant.width(), copy.getWidth(), variant.sitePath());
            assertEquals(variant.height(), copy.getHeight(), variant.sitePath());
            if (variant.crop() == null) {
                // stored top-left red corner, turned 90° clockwise: upright it is at the top right
                assertRed(copy.getRGB(copy.getWidth() * 15 / 16, copy.getHeight() / 16), variant.sitePath());
                assertBlue(copy.getRGB(copy.getWidth() / 16, copy.getHeight() / 16), variant.sitePath());
                assertBlue(copy.getRGB(copy.getWidth() * 15 / 16, copy.getHeight() * 15 / 16), variant.sitePath());
            }
        }
    }

    @Test
    void noCopyCarriesExifGpsXmpOrAColourProfile() throws Exception {
        for (Map.Entry<String, byte[]> copy : copies.entrySet()) {
            byte[] bytes = copy.getValue();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif\0"), copy.getKey() + " has an EXIF block");
            assertFalse(text.contains("http://ns.adobe.com/xap"), copy.getKey() + " has an XMP block");
            assertFalse(text.contains(PhonePhoto.XMP_MARKER), copy.getKey());
            assertFalse(text.contains("ICC_PROFILE"), copy.getKey() + " has a colour profile");
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            for (Directory directory : metadata.getDirectories()) {
                String name = directory.getName();
                assertTrue(name.equals("JPEG") || name.equals("JFIF") || name.equals("Huffman")
                                || name.equals("File Type"),
                        copy.getKey() + " has metadata: " + name + " " + directory.getTags());
            }
            assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        }
    }

    @Test
    void theSharingCopyIs1200By630FromTheMiddle() {
        ImageVariants.Variant share = ImageVariants.share(probed);
        assertEquals("sr/vesti/foto.share.jpg", share.sitePath());
        assertEquals(1200, share.width());
        assertEquals(630, share.height());
        assertArrayEquals(new int[]{0, (4000 - 1575) / 2, 3000, 1575}, share.crop());
    }

    @Test
    void theSamePhotoGivesTheSameBytes() throws Exception {
        Map<String, byte[]> again = ImageEncoder.encode(probed, photo, variants, v -> v.width() <= 800);
        assertEquals(2, again.size());
        for (Map.Entry<String, byte[]> copy : again.entrySet()) {
            assertArrayEquals(copies.get(copy.getKey()), copy.getValue(), copy.getKey());
        }
    }

    @Test
    void aDamagedPictureIsReportedNotThrown() {
        byte[] damaged = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x12, 0x34};
        SourceImage image = ImageProbe.probe("content/a.jpg", "a.jpg", damaged);
        assertFalse(image.readable());
        assertTrue(ImageVariants.of(image).isEmpty());
    }

    @Test
    void aPictureOfManyMegapixelsIsDecodedAtEveryNthPixelButNoCopyIsNarrower() throws Exception {
        assertEquals(1, ImageEncoder.subsampling(probed), "a 12-megapixel photo is read whole");
        SourceImage huge = new SourceImage("content/a.jpg", "a.jpg", "jpeg", "x", 1, 8000, 6000, 1, null);
        assertEquals(2, ImageEncoder.subsampling(huge));
        SourceImage narrow = new SourceImage("content/a.jpg", "a.jpg", "jpeg", "x", 1, 3000, 9000, 1, null);
        assertEquals(1, ImageEncoder.subsampling(narrow), "3000 / 2 would be narrower than the 2560 copy");
        byte[] big = PhonePhoto.jpeg(8000, 6000);
        assertEquals(2, ImageEncoder.subsampling(ImageProbe.probe("content/b.jpg", "b.jpg", big)));
        SourceImage image = ImageProbe.probe("content/b.jpg", "b.jpg", big);
        List<ImageVariants.Variant> all = new ArrayList<>(ImageVariants.of(image));
        all.add(ImageVariants.share(image));
        Map<String, byte[]> made = ImageEncoder.encode(image, big, all, v -> v.width() >= 1200);
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(made.get("b.jpg")));
        assertEquals(2560, full.getWidth());
        assertEquals(3413, full.getHeight());
        assertRed(full.getRGB(full.getWidth() * 15 / 16, full.getHeight() / 16), "b.jpg");
        BufferedImage share = ImageIO.read(new ByteArrayInputStream(made.get("b.share.jpg")));
        assertEquals(1200, share.getWidth());
        assertEquals(630, share.getHeight());
    }

    private static void assertRed(int rgb, String what) {
        assertTrue(((rgb >> 16) & 0xFF) > 150 && (rgb & 0xFF) < 100, what + ": not red: " + Integer.toHexString(rgb));
    }

    private static void assertBlue(int rgb, String what) {
        assertTrue(((rgb >> 16) & 0xFF) < 100 && (rgb & 0xFF) > 80, what + ": not blue: " + Integer.toHexString(rgb));
    }
}
