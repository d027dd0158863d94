package rs.iom.hub.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pictures standing alone in a paragraph become figures, so that authors get captions and galleries from plain
 * Markdown, with nothing new to learn:
 * <ul>
 *   <li>one picture alone in its paragraph with a title — {@code ![Alt text](photo.jpg "Caption")} — is a
 *       {@code <figure>} with the title as its {@code <figcaption>};</li>
 *   <li>two or more pictures alone in one paragraph (one per line, no blank line between them) are a gallery: a
 *       {@code <ul class="gallery">} list, each picture a {@code <figure>} in its item, captioned by its title if it
 *       has one.</li>
 * </ul>
 * A picture inside text, or alone without a title, stays as it is. Works on flexmark's output for our own renderer,
 * whose image tags have a fixed form; the title is already escaped as an attribute, and so safe as text.
 */
final class Figures {
    /** A paragraph holding nothing but images (and the line breaks between them). */
    private static final Pattern IMAGES_ONLY = Pattern.compile("<p>((?:<img [^>]*/>\\s*)+)</p>");
    private static final Pattern IMAGE = Pattern.compile("<img [^>]*/>");
    private static final Pattern TITLE = Pattern.compile(" title=\"([^\"]*)\"");

    private Figures() {
    }

    static String apply(String html) {
        if (!html.contains("<p><img ")) {
            return html;
        }
        Matcher paragraph = IMAGES_ONLY.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (paragraph.find()) {
            List<String> images = new ArrayList<>();
            Matcher image = IMAGE.matcher(paragraph.group(1));
            while (image.find()) {
                images.add(image.group());
            }
            String replacement;
            if (images.size() == 1) {
                Matcher title = TITLE.matcher(images.get(0));
                replacement = !title.find() || title.group(1).isBlank() ? paragraph.group()
                        : "<figure class=\"prose__figure\">" + title.replaceFirst("")
                        + "<figcaption class=\"prose__caption\">" + title.group(1) + "</figcaption></figure>";
            } else {
                StringBuilder gallery = new StringBuilder("<ul class=\"gallery\">\n");
                for (String img : images) {
                    Matcher title = TITLE.matcher(img);
                    boolean captioned = title.find() && !title.group(1).isBlank();
                    gallery.append("<li class=\"gallery__item\"><figure class=\"gallery__figure\">")
                            .append(captioned ? title.replaceFirst("") : img);
                    if (captioned) {
                        gallery.append("<figcaption class=\"gallery__caption\">").append(title.group(1))
                                .append("</figcaption>");
                    }
                    gallery.append("</figure></li>\n");
                }
                replacement = gallery.append("</ul>").toString();
            }
            paragraph.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        paragraph.appendTail(out);
        return out.toString();
    }
}
