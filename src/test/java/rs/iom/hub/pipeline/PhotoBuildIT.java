package rs.iom.hub.pipeline;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.images.PhonePhoto;
import rs.iom.hub.jbake.JBakeEngine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phone photo (4000 × 3000, stored sideways, with a GPS position) as a news item's lead image and in its text: the
 * site publishes only upright copies without metadata, pages show them with their size and copies to choose from, the
 * news item is shared with a 1200 × 630 copy, and a second build takes every copy from the cache.
 */
class PhotoBuildIT {
    @TempDir
    Path temp;

    private BuildResult cachedBuild(Path site, Path output) {
        BuildResult result = Pipeline.of(new JBakeEngine(), Converters.standard(site))
                .withCache(BuildCache.in(site, CacheKey.of("a key for the tests, 32 bytes lo".getBytes(
                        StandardCharsets.US_ASCII))))
                .build(new BuildOptions(site, output, TestSites.BASE_URL, false, TestSites.TODAY, false));
        assertTrue(result.success(), () -> "the build failed: " + result.problems());
        return result;
    }

    @Test
    void everyPublishedCopyIsUprightAndHasNoMetadata() throws Exception {
        Path site = PhotoSites.withPhoto(temp.resolve("site"));
        Path output = temp.resolve("out");
        cachedBuild(site, output);
        List<String> pictures = SiteFolders.files(output).stream().filter(f -> f.endsWith(".jpg")).toList();
        assertEquals(Set.of("sr/vesti/2022/sastanak.jpg", "sr/vesti/2022/sastanak.480.jpg",
                "sr/vesti/2022/sastanak.800.jpg", "sr/vesti/2022/sastanak.1200.jpg",
                "sr/vesti/2022/sastanak.1600.jpg", "sr/vesti/2022/sastanak.share.jpg"), Set.copyOf(pictures));
        for (String picture : pictures) {
            byte[] bytes = Files.readAllBytes(output.resolve(picture));
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("Exif\0") || text.contains("http://ns.adobe.com/xap")
                    || text.contains(PhonePhoto.XMP_MARKER), picture + " carries EXIF or XMP");
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            for (Directory directory : metadata.getDirectories()) {
                assertTrue(Set.of("JPEG", "JFIF", "Huffman", "File Type").contains(directory.getName()),
                        picture + " has " + directory.getName());
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (!picture.contains(".share.")) {
                assertTrue(image.getHeight() > image.getWidth(), picture + " is not upright");
            }
        }
        BufferedImage full = ImageIO.read(output.resolve(PhotoSites.PUBLISHED).toFile());
        assertEquals(2560, full.getWidth(), "the photo's own address has a copy at most 2560 pixels wide");
        BufferedImage share = ImageIO.read(output.resolve("sr/vesti/2022/sastanak.share.jpg").toFile());
        assertEquals(1200, share.getWidth());
        assertEquals(630, share.getHeight());
    }

    @Test
    void pagesShowThePhotoWithItsSizeAndCopiesToChooseFrom() throws Exception {
        Path site = PhotoSites.withPhoto(temp.resolve("site"));
        BakedSite baked = TestSites.bake(site, temp.resolve("out"));
        for (String page : List.of(PhotoSites.PAGE, PhotoSites.PAGE.replaceFirst("^sr/vesti/", "sr-cyrl/vesti/"))) {
            Document html = baked.page(page);
            Element lead = html.selectFirst(".article__figure img");
            assertNotNull(lead, page);
            assertEquals("3000", lead.attr("width"));
            assertEquals("4000", lead.attr("height"));
            assertEquals("/hub/sr/vesti/2022/sastanak.800.jpg", lead.attr("src"));
            assertEquals("/hub/sr/vesti/2022/sastanak.480.jpg 480w, /hub/sr/vesti/2022/sastanak.800.jpg 800w, "
                    + "/hub/sr/vesti/2022/sastanak.1200.jpg 1200w, /hub/sr/vesti/2022/sastanak.1600.jpg 1600w, "
                    + "/hub/sr/vesti/2022/sastanak.jpg 2560w", lead.attr("srcset"));
            assertFalse(lead.attr("sizes").isEmpty());
            assertFalse(lead.hasAttr("loading"), "the lead image is not loaded lazily");
            Element body = html.selectFirst(".prose img");
            assertNotNull(body, page);
            assertEquals("3000", body.attr("width"));
            assertEquals("4000", body.attr("height"));
            assertEquals(lead.attr("srcset"), body.attr("srcset"));
            assertEquals("lazy", body.attr("loading"));
            assertEquals("async", body.attr("decoding"));
            assertEquals(page.startsWith("sr/") ? "Sastanak Upravnog odbora u Beogradu Foto: IOM / Ana Anić"
                    : "Састанак Управног одбора у Београду Фото: IOM / Ана Анић",
                    html.selectFirst(".article__figure figcaption").text());
            assertEquals(page.startsWith("sr/") ? "Sala za sastanke" : "Сала за састанке",
                    html.selectFirst(".prose figure.prose__figure > figcaption").text());
            assertEquals("https://example.org/hub/sr/vesti/2022/sastanak.share.jpg",
                    html.selectFirst("meta[property=og:image]").attr("content"));
            assertEquals("https://example.org/hub/sr/vesti/2022/sastanak.share.jpg",
                    html.selectFirst("meta[name=twitter:image]").attr("content"));
            assertEquals("1200", html.selectFirst("meta[property=og:image:width]").attr("content"));
            assertEquals("630", html.selectFirst("meta[property=og:image:height]").attr("content"));
            assertEquals(lead.attr("alt"), html.selectFirst("meta[property=og:image:alt]").attr("content"));
            assertEquals(lead.attr("alt"), html.selectFirst("meta[name=twitter:image:alt]").attr("content"));
        }
    }

    @Test
    void picturesOnConsecutiveLinesAreAGalleryWithCellSizedCopies() throws Exception {
        Path site = PhotoSites.withPhoto(temp.resolve("site"));
        Files.write(site.resolve("content/sr/vesti/2022/radionica.png"), javaxPng(900, 600));
        Path news = site.resolve(PhotoSites.NEWS);
        Files.writeString(news, Files.readString(news) + "\n![Radionica](radionica.png \"Radionica u Subotici\")\n"
                + "![Učesnici sastanka](sastanak.jpg)\n");
        BakedSite baked = TestSites.bake(site, temp.resolve("out"));
        Document html = baked.page(PhotoSites.PAGE);
        List<Element> items = html.select("ul.gallery > li.gallery__item > figure.gallery__figure");
        assertEquals(2, items.size());
        Element first = items.get(0).selectFirst("img");
        assertEquals("900", first.attr("width"));
        assertEquals("600", first.attr("height"));
        assertEquals("/hub/sr/vesti/2022/radionica.480.png 480w, /hub/sr/vesti/2022/radionica.800.png 800w, "
                + "/hub/sr/vesti/2022/radionica.png 900w", first.attr("srcset"));
        assertTrue(first.attr("sizes").endsWith("50vw"), first.attr("sizes"));
        assertEquals("Radionica u Subotici", items.get(0).selectFirst("figcaption").text());
        assertNull(items.get(1).selectFirst("figcaption"));
        assertTrue(baked.exists("sr/vesti/2022/radionica.480.png"));
        assertFalse(baked.exists("sr/vesti/2022/radionica.share.jpg"), "only a news item's lead picture is shared");
        for (String page : List.of(PhotoSites.PAGE, PhotoSites.PAGE.replaceFirst("^sr/vesti/", "sr-cyrl/vesti/"))) {
            List<NuHtmlChecker.Message> errors = NuHtmlChecker.shared().check(baked.bytes(page), baked.urlOf(page))
                    .stream().filter(NuHtmlChecker.Message::isError).toList();
            assertEquals(List.of(), errors, page + " is not valid HTML");
        }
    }

    private static byte[] javaxPng(int width, int height) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(30, 120, 60, 200));
        g.fillOval(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoEditedInPlaceChangesThePagesThatShowIt() throws Exception {
        Path site = PhotoSites.withPhoto(temp.resolve("site"));
        Path output = temp.resolve("out");
        cachedBuild(site, output);
        Files.write(site.resolve(PhotoSites.PHOTO), PhonePhoto.jpeg(3000, 2000));
        BuildResult second = cachedBuild(site, output);
        assertTrue(second.timings().contains("(6 copies of pictures made)"), second.timings());
        Element lead = Jsoup.parse(output.resolve(PhotoSites.PAGE).toFile()).selectFirst(".article__figure img");
        assertEquals("2000", lead.attr("width"));
        assertEquals("3000", lead.attr("height"));
        Path clean = temp.resolve("clean");
        TestSites.bake(site, clean);
        SiteFolders.assertSame(clean, output);
    }

    @Test
    void aSecondBuildTakesEveryCopyFromTheCacheAndWritesNothing() throws Exception {
        Path site = PhotoSites.withPhoto(temp.resolve("site"));
        Path output = temp.resolve("out");
        BuildResult first = cachedBuild(site, output);
        assertTrue(first.timings().contains("(6 copies of pictures made)"), first.timings());
        // the photo renamed: the same bytes, so the same copies, taken from the cache
        Files.move(site.resolve(PhotoSites.PHOTO), site.resolve("content/sr/vesti/2022/sastanak-odbora.jpg"));
        Path news = site.resolve(PhotoSites.NEWS);
        Files.writeString(news, Files.readString(news).replace("sastanak.jpg", "sastanak-odbora.jpg"));
        BuildResult second = cachedBuild(site, output);
        assertTrue(second.timings().contains("(0 copies of pictures made)"), second.timings());
        BuildResult third = cachedBuild(site, output);
        assertEquals(0, third.pages(), "nothing changed, nothing written");
        assertTrue(third.timings().contains("(0 copies of pictures made)"), third.timings());
        try (var cached = Files.list(site.resolve("target/hub-cache/images"))) {
            assertEquals(6, cached.count(), "the copies published unchanged stay in the cache");
        }
        SiteFolders.delete(output);
        BuildResult fourth = cachedBuild(site, output);
        assertTrue(fourth.timings().contains("(0 copies of pictures made)"), "a new output folder gets the copies "
                + "from the cache: " + fourth.timings());
        Path clean = temp.resolve("clean");
        TestSites.bake(site, clean);
        SiteFolders.assertSame(clean, output);
        assertNull(SiteFolders.files(output).stream().filter(f -> f.startsWith("sr/vesti/2022/sastanak."))
                .findFirst().orElse(null), "the copies of the old name are gone");
    }
}
