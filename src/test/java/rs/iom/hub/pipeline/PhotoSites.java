package rs.iom.hub.pipeline;

import rs.iom.hub.images.PhonePhoto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the real site whose Serbian news item shows a phone photo as its lead image and in its text. */
public final class PhotoSites {
    /** The news item with the photo. */
    public static final String NEWS = "content/sr/vesti/2022/"
            + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama.md";
    /** Its page in the Latin edition. */
    public static final String PAGE = "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/"
            + "index.html";
    /** Where the photo is, from the site folder. */
    public static final String PHOTO = "content/sr/vesti/2022/sastanak.jpg";
    /** Where the site publishes it. */
    public static final String PUBLISHED = "sr/vesti/2022/sastanak.jpg";

    private PhotoSites() {
    }

    /** Copies the real site into {@code target} and adds a 4000 × 3000 phone photo (stored sideways, with GPS). */
    public static Path withPhoto(Path target) {
        Path site = TestSites.copyOfRealSite(target);
        try {
            Files.write(site.resolve(PHOTO), PhonePhoto.jpeg(4000, 3000));
            Path news = site.resolve(NEWS);
            String text = Files.readString(news, StandardCharsets.UTF_8);
            text = text.replaceFirst("\ntype: news\n", "\ntype: news\nimage: sastanak.jpg\nimageAlt: Članovi "
                    + "Upravnog odbora za stolom\nimageCaption: Sastanak Upravnog odbora u Beogradu\nimageCredit: IOM / Ana Anić\n");
            int end = text.indexOf("\n---\n", 4) + 5;
            text = text.substring(0, end) + "\n![Učesnici sastanka u sali](sastanak.jpg \"Sala za sastanke\")\n" + text.substring(end);
            Files.writeString(news, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }
}
