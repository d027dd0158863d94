package rs.iom.hub.markdown;

import rs.iom.hub.problem.Problem;

import java.util.List;

/**
 * The result of rendering a Markdown body.
 *
 * @param html  HTML with site-internal link targets still in token form
 * @param text  the body as plain text
 * @param links every link and image, in order
 * @param rawHtml positions ({line, column}) of raw HTML, which is shown as text rather than interpreted
 * @param firstParagraph the text of the first paragraph as the page shows it (quotes, dashes), for summaries
 * @param problems what is wrong with the body as Markdown (too deeply nested, …); with an error, the body is empty
 */
public record RenderedMarkdown(String html, String text, List<MarkdownLink> links, List<int[]> rawHtml,
                               String firstParagraph, List<Problem> problems) {
    public RenderedMarkdown {
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
        problems = List.copyOf(problems);
    }

    /** Nothing rendered, because of {@code problems}. */
    static RenderedMarkdown failed(List<Problem> problems) {
        return new RenderedMarkdown("", "", List.of(), List.of(), "", problems);
    }
}
