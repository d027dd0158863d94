package rs.iom.hub.plan;

import rs.iom.hub.content.Document;
import rs.iom.hub.images.ImageVariants;
import rs.iom.hub.images.SourceImage;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.LinkTokens;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.plan.view.Image;
import rs.iom.hub.site.SiteConfig;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How pages show the pictures hub resizes ({@link SourceImage}): with their size, so that the page keeps their place
 * while they load (no layout shift), and with the copies a browser chooses from by the width the page gives them
 * ({@code srcset} and {@code sizes}), so that a phone loads a copy for its screen and not the photo.
 */
final class Pictures {
    /** How wide an article shows its pictures: the text column (42rem), the whole window on narrower screens. */
    static final String ARTICLE_SIZES = "(min-width: 45rem) 42rem, 100vw";
    /** How wide a gallery shows each picture: two or three to a row. */
    static final String GALLERY_SIZES = "(min-width: 45rem) 14rem, 50vw";
    /** An image of a rendered body that names a file of the site ({@code src="hub:path:…"}), up to its end. */
    private static final Pattern BODY_IMAGE = Pattern.compile("<img src=\"" + Pattern.quote(LinkTokens.PATH_PREFIX)
            + "([^\"#?]*)\"([^>]*?) loading=\"lazy\" decoding=\"async\" />");

    private final SiteConfig config;
    private final Map<String, SourceImage> images;

    Pictures(SiteConfig config, Map<String, SourceImage> images) {
        this.config = Objects.requireNonNull(config, "config");
        this.images = Map.copyOf(Objects.requireNonNull(images, "images"));
    }

    /** The picture published at {@code sitePath}, when hub resizes it and can read it. */
    java.util.Optional<SourceImage> at(String sitePath) {
        return java.util.Optional.ofNullable(images.get(sitePath)).filter(SourceImage::readable);
    }

    /** The lead picture at {@code url} ({@code sitePath}: where the site publishes it, or null for another site's). */
    Image lead(String url, String sitePath, String alt, String caption, String credit) {
        return at(sitePath == null ? "" : sitePath)
                .map(image -> new Image(config.url(ImageVariants.fallback(image).sitePath()), alt, image.width(),
                        image.height(), srcset(image), ARTICLE_SIZES, caption, credit))
                .orElseGet(() -> new Image(url, alt, 0, 0, "", "", caption, credit));
    }

    /**
     * {@code body} (a rendered body, its tokens not yet resolved) with its pictures given their size and copies to
     * choose from; a gallery's pictures are given the width of a gallery cell.
     */
    String body(String body) {
        if (!body.contains("<img src=\"" + LinkTokens.PATH_PREFIX)) {
            return body;
        }
        Matcher m = BODY_IMAGE.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 512);
        while (m.find()) {
            SourceImage image = at(m.group(1)).orElse(null);
            if (image == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            boolean gallery = body.lastIndexOf("<li class=\"gallery__item\">", m.start()) > body.lastIndexOf(
                    "</ul>", m.start());
            String tag = "<img src=\"" + LinkTokens.path(ImageVariants.fallback(image).sitePath()) + "\""
                    + m.group(2) + " width=\"" + image.width() + "\" height=\"" + image.height() + "\" srcset=\""
                    + srcset(image) + "\" sizes=\"" + (gallery ? GALLERY_SIZES : ARTICLE_SIZES)
                    + "\" loading=\"lazy\" decoding=\"async\">";
            m.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every copy of the whole picture with its width, narrowest first. */
    private String srcset(SourceImage image) {
        return ImageVariants.of(image).stream().map(v -> config.url(v.sitePath()) + " " + v.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /**
     * What the pictures of {@code doc} are (their bytes' hashes), for the page's input hash: a picture edited in place
     * changes its size and copies, and so every page that shows it.
     */
    String signature(Document doc) {
        if (doc == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (MarkdownLink link : doc.links()) {
            if (link.target().kind() == LinkTargets.Kind.FILE) {
                SourceImage image = images.get(link.target().sitePath());
                if (image != null) {
                    sb.append(image.sitePath()).append('=').append(image.sha256()).append(image.readable())
                            .append(';');
                }
            }
        }
        return sb.toString();
    }
}
