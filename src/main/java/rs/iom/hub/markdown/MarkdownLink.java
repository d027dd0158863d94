package rs.iom.hub.markdown;

/**
 * A link or image written in a Markdown body, with its position in the file, for checking.
 *
 * @param image       true for {@code ![alt](src)}, false for {@code [text](href)}
 * @param destination the target as written
 * @param text        link text or image alt text
 * @param line        1-based file line
 * @param column      1-based column
 */
public record MarkdownLink(boolean image, String destination, String text, int line, int column) {
}
