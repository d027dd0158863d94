package rs.iom.hub.markdown;

import java.util.List;

/**
 * The result of rendering a Markdown body.
 *
 * @param html  HTML with site-internal link targets still in token form
 * @param text  the body as plain text
 * @param links every link and image, in order
 * @param rawHtml positions ({line, column}) of raw HTML, which is shown as text rather than interpreted
 * @param firstParagraph the text of the first paragraph as the page shows it (quotes, dashes), for summaries
 */
public record RenderedMarkdown(String html, String text, List<MarkdownLink> links, List<int[]> rawHtml,
                               String firstParagraph) {
    public RenderedMarkdown {
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
    }
}
