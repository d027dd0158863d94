package rs.iom.hub.check;

import rs.iom.hub.content.Document;
import rs.iom.hub.images.ImageProbe;
import rs.iom.hub.images.ImageVariants;
import rs.iom.hub.images.SourceImage;
import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.site.IndexedSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is wrong with the pictures of {@code content/} (JPEG and PNG, which the build resizes): a picture that cannot
 * be read is an error at every place that shows it (or at the file, when nothing does), since its page would show
 * nothing; a photo far larger than any page needs is a warning at the file (it slows every build down and the
 * repository up); an alternative text that only repeats the file name is a warning where it is written, since it
 * tells a reader who cannot see the picture nothing; and a copy of a picture at the address of another file is an
 * error.
 */
final class ImageRule {
    /** Larger files are worth making smaller before adding them. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Pictures with more pixels are worth making smaller before adding them. */
    static final long MAX_PIXELS = 40_000_000L;
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg)");

    private ImageRule() {
    }

    static List<Problem> check(IndexedSite site) {
        List<Problem> problems = new ArrayList<>();
        Map<String, SourceImage> images = site.images();
        Map<String, Document> documents = new HashMap<>();
        site.allDocuments().forEach(d -> documents.put(d.source(), d));
        Set<String> shown = new HashSet<>();
        site.links().forEach((source, links) -> {
            for (MarkdownLink link : links) {
                if (!(link.image() || link.part() == MarkdownLink.Part.FRONT_MATTER)) {
                    continue;
                }
                if (link.part() != MarkdownLink.Part.TEXT && link.target().kind() == LinkTargets.Kind.FILE) {
                    SourceImage image = images.get(link.target().sitePath());
                    if (image != null) {
                        shown.add(image.sitePath());
                        if (!image.readable()) {
                            problems.add(Problem.error(source, link.line(), link.column(), "the picture '"
                                    + link.destination() + "' cannot be shown: " + image.unreadable(), FIX_HINT));
                        }
                    }
                }
                repeatedFileName(source, link, documents.get(source)).ifPresent(problems::add);
            }
        });
        for (SourceImage image : images.values()) {
            if (!image.readable() && !shown.contains(image.sitePath())) {
                problems.add(Problem.error(image.source(), 0, 0, "the picture cannot be published: "
                        + image.unreadable(), FIX_HINT));
            }
            String tooLarge = image.bytes() > MAX_BYTES ? String.format(Locale.ROOT, "%.1f MB", image.bytes()
                    / 1024.0 / 1024.0) + " (more than " + MAX_BYTES / 1024 / 1024 + " MB)" : null;
            if (image.pixels() > MAX_PIXELS) {
                String pixels = ImageProbe.megapixels(image.pixels()) + " megapixels (more than "
                        + MAX_PIXELS / 1_000_000 + ")";
                tooLarge = tooLarge == null ? pixels : tooLarge + " and " + pixels;
            }
            if (tooLarge != null) {
                problems.add(Problem.warning(image.source(), 0, 0, "the picture is larger than a web page needs: "
                                + tooLarge,
                        "the site publishes it at most " + ImageVariants.MAX_WIDTH + " pixels wide anyway: save a "
                                + "smaller copy (e.g. 4000 pixels wide, JPEG quality 85) in its place, so that "
                                + "builds stay fast and the site's folder small"));
            }
        }
        problems.addAll(collisions(site.config().layout(), images, site.attachments()));
        return problems;
    }

    private static final String FIX_HINT = "open the picture in a photo editor and save it again as JPEG (or PNG); "
            + "if it is a photo from a phone in HEIC format, export it as JPEG";

    /** A picture's alternative text that is nothing but its file name (or another file name). */
    private static java.util.Optional<Problem> repeatedFileName(String source, MarkdownLink link, Document doc) {
        String alt = link.text().strip();
        if (alt.isEmpty() || link.part() == MarkdownLink.Part.TARGET) {
            return java.util.Optional.empty();
        }
        String destination = link.destination();
        String name = destination.substring(destination.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (!(normalized(alt).equals(normalized(name)) || normalized(alt).equals(normalized(base))
                || FILE_NAME.matcher(alt).matches())) {
            return java.util.Optional.empty();
        }
        boolean frontMatter = link.part() == MarkdownLink.Part.FRONT_MATTER;
        int line = frontMatter && doc != null && doc.line("imageAlt") > 0 ? doc.line("imageAlt") : link.line();
        int column = frontMatter && doc != null && doc.line("imageAlt") > 0 ? 1 : link.column();
        String where = frontMatter ? "imageAlt" : "the image description";
        return java.util.Optional.of(Problem.warning(source, line, column, where + " '" + alt
                        + "' only repeats a file name: it tells a reader who cannot see the picture nothing",
                "describe in a few words what the picture shows, e.g. "
                        + (frontMatter ? "imageAlt: Members of the board at the meeting table"
                        : "![Members of the board at the meeting table](" + destination + ")")));
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
    }

    /** A resized copy whose address is that of another file of content/. */
    private static List<Problem> collisions(SiteLayout layout, Map<String, SourceImage> images,
                                            List<String> attachments) {
        Map<String, String> byPath = new HashMap<>();
        attachments.forEach(a -> byPath.put(layout.publishedPath(a), a));
        List<Problem> problems = new ArrayList<>();
        for (SourceImage image : images.values()) {
            List<ImageVariants.Variant> copies = new ArrayList<>(ImageVariants.of(image));
            if (image.readable()) {
                copies.add(ImageVariants.share(image));
            }
            for (ImageVariants.Variant copy : copies) {
                String other = byPath.get(copy.sitePath());
                if (other != null && !other.equals(image.source())) {
                    problems.add(Problem.error(other, 0, 0, "this file has the address of a smaller copy the site "
                                    + "makes of the picture " + image.source(),
                            "rename it (names such as photo.800.jpg or photo.share.jpg are the site's own)"));
                }
            }
        }
        return problems;
    }
}
