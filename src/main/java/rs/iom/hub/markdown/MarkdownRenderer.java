package rs.iom.hub.markdown;

import rs.iom.hub.layout.SiteLayout;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import rs.iom.hub.text.ControlCharacters;
import rs.iom.hub.problem.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Markdown to HTML with flexmark: tables, typographic quotes and dashes in the conventions of the page's language
 * (Serbian „…“, English “…”), ids and self-links on headings, bare URLs turned into links. Raw HTML is shown as text
 * (authors write Markdown; this keeps pages valid and safe), HTML comments are dropped (text after one on the same line
 * is kept); pictures alone in a paragraph become figures with captions, or a gallery ({@link Figures}). Every link
 * and image address goes through {@link SafeLinks}: site-internal ones become
 * {@link rs.iom.hub.markdown.LinkTokens tokens}, address types that are not allowed become {@code #}. Bodies nested too
 * deeply for flexmark's recursive tree walks are refused ({@link NestingLimits}); control characters never reach the
 * output.
 *
 * <p>One instance per language; thread-safe.</p>
 */
public final class MarkdownRenderer {
    private final Parser parser;
    /** The same, without looking for bare addresses: most bodies have none, and the search is costly. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final SiteLayout layout;

    private MarkdownRenderer(String language, SiteLayout layout) {
        this.layout = layout;
        MutableDataSet options = options(language);
        this.parser = Parser.builder(options).build();
        MutableDataSet plain = new MutableDataSet(options);
        plain.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create(),
                AnchorLinkExtension.create()));
        this.parserWithoutAutolinks = Parser.builder(plain).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeLinks.Attributes())
                .linkResolverFactory(new SafeLinks.Resolver()).nodeRendererFactory(settings -> new TextNodeRenderer())
                .build();
    }

    /** flexmark's settings for bodies in {@code language}: extensions, HTML escaping, heading ids, typography. */
    static MutableDataSet options(String language) {
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
        typography(language, options);
        return options;
    }

    /** The typographic extension's characters for {@code language}: the body's and {@link Typographer}'s. */
    static void typography(String language, MutableDataSet options) {
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
    }

    /**
     * A renderer following the typographic conventions of {@code language} ({@code sr} or {@code en}), for a site
     * whose folders are laid out as {@code layout} says (where links to pages and files lead).
     */
    public static MarkdownRenderer forLanguage(String language, SiteLayout layout) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(layout, "layout");
        return new MarkdownRenderer(language, layout);
    }

    /** A renderer for a site with JBake's default folders (content/, assets/). */
    public static MarkdownRenderer forLanguage(String language) {
        return forLanguage(language, SiteLayout.DEFAULT);
    }

    /**
     * Renders {@code markdown}, the body of the file {@code source}, which starts on file line {@code firstLine}. A body
     * that nests too deeply is not rendered: the result is empty, with an error naming the line.
     */
    public RenderedMarkdown render(String source, String markdown, int firstLine) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(markdown, "markdown");
        Optional<NestingLimits.TooDeep> tooDeep = NestingLimits.inText(markdown);
        if (tooDeep.isPresent()) {
            return RenderedMarkdown.failed(List.of(tooDeep(source, firstLine, tooDeep.get())));
        }
        try {
            return renderChecked(source, markdown, firstLine);
        } catch (StackOverflowError e) {
            // the limits above should make this impossible; if not, one file is refused rather than the whole run
            return RenderedMarkdown.failed(List.of(Problem.error(source, 0, 0,
                    "the text of this file is nested too deeply to be read", NESTING_HINT)));
        }
    }

    private RenderedMarkdown renderChecked(String source, String markdown, int firstLine) {
        String text = markdown;
        Document document = parserFor(text).parse(text);
        Map<Integer, Integer> shifts = new HashMap<>();
        for (int round = 0; round < 10; round++) { // each round uncovers the text after one more comment per line
            Optional<CommentText.Moved> moved = CommentText.moveTextAfterComments(text, document);
            if (moved.isEmpty()) {
                break;
            }
            text = moved.get().markdown();
            moved.get().shifts().forEach((line, shift) -> shifts.merge(line, shift, Integer::sum));
            document = parserFor(text).parse(text);
        }
        NestingLimits.Deepest deepest = NestingLimits.inTree(document);
        if (deepest.levels() > NestingLimits.MAX_LEVELS) {
            int line = firstLine + deepest.node().getStartLineNumber();
            return RenderedMarkdown.failed(List.of(Problem.error(source, line, 0, "the text is nested "
                    + deepest.levels() + " levels deep; at most " + NestingLimits.MAX_LEVELS + " are possible",
                    NESTING_HINT)));
        }
        LinkCollector collector = new LinkCollector(layout, source, text, firstLine, shifts);
        collector.collect(document);
        document.set(SafeLinks.SOURCE, source);
        document.set(SafeLinks.LAYOUT, layout);
        Map<String, LinkTargets.Target> targets = new HashMap<>();
        collector.links.forEach(link -> targets.putIfAbsent(link.destination(), link.target()));
        document.set(SafeLinks.TARGETS, targets);
        String html = Figures.apply(ControlCharacters.strip(renderer.render(document)));
        String plain = ControlCharacters.strip(plainText(document));
        return new RenderedMarkdown(html, plain, collector.links, collector.rawHtml, firstParagraphOf(html),
                List.of());
    }

    /**
     * The text of every innermost block, a line each. (flexmark's TextCollectingVisitor grows its buffers in small
     * steps, which takes quadratic time on a whole body of megabytes; a block at a time it stays small.)
     */
    private static String plainText(Document document) {
        StringBuilder plain = new StringBuilder();
        for (Node node : document.getDescendants()) {
            if (node instanceof Block && !hasBlockChild(node)) {
                if (!plain.isEmpty()) {
                    plain.append('\n');
                }
                plain.append(new TextCollectingVisitor().collectAndGetText(node));
            }
        }
        return plain.toString();
    }

    private static boolean hasBlockChild(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block) {
                return true;
            }
        }
        return false;
    }

    private static final String NESTING_HINT = "each '>' at the start of a line puts a quote inside a quote, each "
            + "'-', '*' or '1.' a list inside a list, each '[' or '*' an element inside another; remove the extra "
            + "ones, or put a backslash (\\) before those meant as text";

    private static Problem tooDeep(String source, int firstLine, NestingLimits.TooDeep deep) {
        int line = firstLine + deep.line();
        if (deep.kind() == NestingLimits.Kind.PARAGRAPH) {
            return Problem.error(source, line, 1, String.format(java.util.Locale.ROOT, "the paragraph that starts "
                            + "here is more than %,d characters long, more than can be read",
                    NestingLimits.MAX_PARAGRAPH), "put a blank line between paragraphs");
        }
        if (deep.kind() == NestingLimits.Kind.INLINE_WORK) {
            return Problem.error(source, line, 1, "from the paragraph that starts here on, the text has more links, "
                            + "brackets and emphasis marks in long paragraphs than can be read in time",
                    "split long paragraphs with blank lines, or split the page into several");
        }
        if (deep.kind() == NestingLimits.Kind.TABLE) {
            return Problem.error(source, line, 1, String.format(java.util.Locale.ROOT, "the table that starts "
                            + "here is more than %,d characters long, more than can be read",
                    NestingLimits.MAX_TABLE), "split the table into several, with a blank line between them");
        }
        if (deep.kind() == NestingLimits.Kind.PARAGRAPH_LINES) {
            return Problem.error(source, line, 1, String.format(java.util.Locale.ROOT, "the paragraph or table that "
                            + "starts here has more than %,d lines, more than can be read",
                    NestingLimits.MAX_PARAGRAPH_LINES), "put a blank line between paragraphs, or split the table");
        }
        if (deep.rule()) {
            return Problem.error(source, line, 1, "the line starts with " + deep.levels()
                            + " dashes, asterisks or underscores, more than can be read",
                    "a separator line needs only three: ---");
        }
        return Problem.error(source, line, 1, "the text is nested " + (deep.levels() > NestingLimits.MAX_LEVELS + 1
                ? deep.levels() + " levels deep" : "more than " + NestingLimits.MAX_LEVELS + " levels deep")
                + "; at most " + NestingLimits.MAX_LEVELS + " are possible", NESTING_HINT);
    }

    /** The parser with autolinks only for text that could contain a bare address or e-mail. */
    private Parser parserFor(String markdown) {
        return mayHoldBareAddress(markdown) ? parser : parserWithoutAutolinks;
    }

    /**
     * Whether {@code markdown} may hold an address the autolink extension would turn into a link: "://", "www." or
     * "@" anywhere but in a link's destination {@code ](…)} (most news items link their sources only that way).
     */
    static boolean mayHoldBareAddress(String markdown) {
        for (String marker : BARE_ADDRESS_MARKERS) {
            for (int at = markdown.indexOf(marker); at >= 0; at = markdown.indexOf(marker, at + 1)) {
                if (!inLinkDestination(markdown, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> BARE_ADDRESS_MARKERS = List.of("://", "www.", "@");

    /** Whether {@code at} is inside {@code ](…)} with no space, parenthesis or angle bracket before it there. */
    private static boolean inLinkDestination(String markdown, int at) {
        for (int i = at - 1; i >= 1; i--) {
            char c = markdown.charAt(i);
            if (c == '(') {
                return markdown.charAt(i - 1) == ']';
            }
            if (Character.isWhitespace(c) || c == ')' || c == '<' || c == '>') {
                return false;
            }
        }
        return false;
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
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
