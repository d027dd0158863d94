package rs.iom.hub.markdown;

import java.util.List;

/**
 * The result of rendering a Markdown body.
 *
 * @param html  HTML with site-internal link targets still in token form
 * @param text  the body as plain text
 * @param links every link and image, in order
 * @param rawHtml positions ({line, column}) of raw HTML, which is shown as text rather than interpreted
 */
public record RenderedMarkdown(String html, String text, List<MarkdownLink> links, List<int[]> rawHtml) {
    public RenderedMarkdown {
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
    }
}
