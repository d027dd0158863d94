package rs.iom.hub.markdown;

import rs.iom.hub.layout.SiteLayout;

import java.util.Objects;

/**
 * A link or image written in a content file, with its position in the file, for checking. A reference-style link
 * ({@code [text][ref]} with {@code [ref]: target} on a line of its own) is written in two places: the definition is
 * checked for its target and the use for its text, each at its own line.
 *
 * @param image       true for {@code ![alt](src)}, false for {@code [text](href)}
 * @param destination the target, with character references and backslash escapes decoded as the page will have it
 * @param target      what the destination refers to, resolved once when the file is read (a page, a file of the
 *                    site, an external address…): the check, the page's links and the preview's input hashing all
 *                    use this
 * @param text        link text or image alt text
 * @param line        1-based file line
 * @param column      1-based column
 * @param part        what of it is written here and is to be checked
 */
public record MarkdownLink(boolean image, String destination, LinkTargets.Target target, String text, int line,
                           int column, Part part) {

    /** What of a link is written at its position. */
    public enum Part {
        /** target and text ({@code [text](target)}, {@code <https://…>}) */
        BOTH,
        /** only the target (a reference definition) */
        TARGET,
        /** the front matter's {@code image:}: only the target (its text, {@code imageAlt}, is checked apart) */
        FRONT_MATTER,
        /** only the text (the use of a reference definition) */
        TEXT
    }

    public MarkdownLink {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
    }

    /** A link written in the file {@code source}, its destination resolved from there. */
    public static MarkdownLink in(SiteLayout layout, String source, boolean image, String destination, String text,
                                  int line, int column, Part part) {
        return new MarkdownLink(image, destination, LinkTargets.resolve(layout, source, destination), text, line,
                column, part);
    }

    /** A link written whole in one place of the file {@code source}. */
    public static MarkdownLink in(SiteLayout layout, String source, boolean image, String destination, String text,
                                  int line, int column) {
        return in(layout, source, image, destination, text, line, column, Part.BOTH);
    }
}
