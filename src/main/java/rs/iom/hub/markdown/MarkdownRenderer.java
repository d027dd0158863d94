package rs.iom.hub.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.jetbrains.annotations.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Markdown to HTML with flexmark: tables, typographic quotes and dashes in the conventions of the page's language
 * (Serbian „…“, English “…”), ids and self-links on headings, bare URLs turned into links. Raw HTML is shown as text
 * (authors write Markdown; this keeps pages valid and safe), HTML comments are dropped. Site-internal links become
 * {@link rs.iom.hub.content.LinkTokens tokens}; external links get {@code rel="noopener"}; images load lazily.
 *
 * <p>One instance per language; thread-safe.</p>
 */
public final class MarkdownRenderer {
    private final Parser parser;
    /** The same, without looking for bare addresses: most bodies have none, and the search is costly. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    private MarkdownRenderer(String language) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create(),
                AnchorLinkExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "prose__heading-link");
        options.set(TablesExtension.CLASS_NAME, "prose__table");
        options.set(TablesExtension.WITH_CAPTION, false);
        if (language.equals("sr")) {
            options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "„");
            options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "“");
            options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "‚");
            options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "‘");
        } else {
            options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "“");
            options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "”");
            options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "‘");
            options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "’");
        }
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’");
        options.set(TypographicExtension.ELLIPSIS, "…");
        options.set(TypographicExtension.EN_DASH, "–");
        options.set(TypographicExtension.EM_DASH, "—");
        this.parser = Parser.builder(options).build();
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create(),
                AnchorLinkExtension.create()));
        this.parserWithoutAutolinks = Parser.builder(plain).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new LinkAttributes()).build();
    }

    /** A renderer following the typographic conventions of {@code language} ({@code sr} or {@code en}). */
    public static MarkdownRenderer forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        return new MarkdownRenderer(language);
    }

    /**
     * Renders {@code markdown}, the body of the file {@code source}, which starts on file line {@code firstLine}.
     */
    public RenderedMarkdown render(String source, String markdown, int firstLine) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(markdown, "markdown");
        Document document = parserFor(markdown).parse(markdown);
        List<MarkdownLink> links = new ArrayList<>();
        List<int[]> rawHtml = new ArrayList<>();
        collect(document, source, firstLine, links, rawHtml);
        String html = renderer.render(document);
        String text = new TextCollectingVisitor().collectAndGetText(document);
        return new RenderedMarkdown(html, text, links, rawHtml, firstParagraphOf(html));
    }

    /** The parser with autolinks only for text that could contain a bare address or e-mail. */
    private Parser parserFor(String markdown) {
        return markdown.contains("://") || markdown.contains("www.") || markdown.contains("@") ? parser
                : parserWithoutAutolinks;
    }

    /**
     * The text of the first top-level paragraph of rendered HTML (flexmark starts each on a line of its own), for
     * summaries: as the page shows it, with the language's quotation marks, dashes and ellipses.
     */
    private static String firstParagraphOf(String html) {
        int start = html.startsWith("<p>") ? 0 : html.indexOf("\n<p>") + 1;
        if (start == 0 && !html.startsWith("<p>")) {
            return "";
        }
        int end = html.indexOf("</p>", start);
        String inner = html.substring(start + 3, end < 0 ? html.length() : end);
        String text = org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(inner).replaceAll(""), false);
        return text.replaceAll("\\s+", " ").strip();
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    private static void collect(Node parent, String source, int firstLine, List<MarkdownLink> links,
                                List<int[]> rawHtml) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link link) {
                String dest = link.getUrl().toString();
                links.add(new MarkdownLink(false, dest, textOf(link), line(node, firstLine), column(node)));
                link.setUrl(rewrite(link.getUrl(), LinkTargets.token(source, unescape(dest))));
            } else if (node instanceof Image image) {
                String dest = image.getUrl().toString();
                links.add(new MarkdownLink(true, dest, textOf(image), line(node, firstLine), column(node)));
                image.setUrl(rewrite(image.getUrl(), LinkTargets.token(source, unescape(dest))));
            } else if ((node instanceof HtmlBlock || node instanceof HtmlInline) && !isComment(node)) {
                rawHtml.add(new int[]{line(node, firstLine), column(node)});
            }
            collect(node, source, firstLine, links, rawHtml);
        }
    }

    private static boolean isComment(Node node) {
        return node.getChars().toString().stripLeading().startsWith("<!--");
    }

    private static String textOf(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private static String unescape(String url) {
        return url.replace("%20", " ");
    }

    private static BasedSequence rewrite(BasedSequence original, String url) {
        if (url.contentEquals(original)) {
            return original;
        }
        return PrefixedSubSequence.prefixOf(url, original.subSequence(0, 0));
    }

    private static int line(Node node, int firstLine) {
        return firstLine + node.getStartLineNumber();
    }

    private static int column(Node node) {
        BasedSequence chars = node.getChars();
        int offset = chars.getStartOffset();
        BasedSequence whole = chars.getBaseSequence();
        int lineStart = offset;
        while (lineStart > 0 && whole.charAt(lineStart - 1) != '\n' && whole.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        return offset - lineStart + 1;
    }

    /** rel="noopener" on external links, lazy loading on images. */
    private static final class LinkAttributes extends IndependentAttributeProviderFactory {
        @NotNull
        @Override
        public AttributeProvider apply(@NotNull LinkResolverContext context) {
            return (node, part, attributes) -> decorate(node, part, attributes);
        }

        private static void decorate(Node node, AttributablePart part, MutableAttributes attributes) {
            if (part != AttributablePart.LINK) {
                return;
            }
            if (node instanceof Image) {
                attributes.replaceValue("loading", "lazy");
                attributes.replaceValue("decoding", "async");
            } else if (node instanceof Link || node instanceof com.vladsch.flexmark.ast.AutoLink
                    || node.getClass().getSimpleName().equals("MailLink")) {
                String href = attributes.getValue("href");
                if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                    attributes.replaceValue("rel", "noopener");
                }
            }
        }
    }
}
