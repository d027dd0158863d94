package rs.iom.hub.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNodeRendererTest {
    private static final List<String> TRICKY = List.of(
            "plain words, čćžšđ ČĆŽŠĐ and Cyrillic ћирилица",
            "escapes: \\*not emphasis\\*, \\_x\\_, \\\\ a backslash, \\[not a link\\]",
            "references: &amp; &copy; &#123; &#x1F600; &nbsp; &bogus; & alone, AT&T",
            "markup as text: <b>bold</b> <script>alert(1)</script> a < b > c",
            "quotes: \"double\" 'single' „Serbian“ “English” it's",
            "line ends: one\r\ntwo\rthree\nfour\r",
            "hard break with a backslash\\\nnext line",
            "hard break with spaces  \nnext line",
            "*emphasis with & and <* and **strong \"x\"** and `code & <x>`",
            "[a link & more](https://example.org/?a=1&b=2 \"title & <x>\") and <https://example.org/a&b>",
            "# A heading & <more>\n\n| a & b | \"c\" |\n| --- | --- |\n| <x> | \\| |",
            "> quoted & <x>\n>\n> - item \"one\"\n> - item\\\\two",
            "text ending in a backslash\\",
            "tab\tand nbsp\u00a0and zero width\u200b");

    private static String render(String markdown, boolean quick) {
        MutableDataSet options = MarkdownRenderer.options("sr");
        Document document = Parser.builder(options).build().parse(markdown);
        HtmlRenderer.Builder renderer = HtmlRenderer.builder(options);
        if (quick) {
            renderer.nodeRendererFactory(settings -> new TextNodeRenderer());
        }
        return renderer.build().render(document);
    }

    @Test
    void textWithCharactersThatEscapingChangesIsRecognised() {
        for (String text : List.of("a\\b", "a&b", "a<b", "a>b", "a\"b", "a\rb")) {
            assertFalse(TextNodeRenderer.unchangedByEscaping(text), text);
        }
        assertTrue(TextNodeRenderer.unchangedByEscaping("čćžšđ 'x' ћирилица [a] *b* \n\t#"));
    }

    @Test
    void bodiesRenderTheSameAsWithFlexmarksOwnTextRendering() throws IOException {
        List<String> bodies = new ArrayList<>(TRICKY);
        Path project = TestSites.projectDir();
        for (Path folder : List.of(project.resolve("content"), project.resolve("src/test/resources/bad-input"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    String body = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    if (NestingLimits.inText(body).isEmpty()) { // hub refuses the others before flexmark sees them
                        bodies.add(body);
                    }
                }
            }
        }
        assertTrue(bodies.size() > 60, "the real site's and the bad-input corpus's Markdown files were found");
        for (String body : bodies) {
            assertEquals(render(body, false), render(body, true), body);
        }
    }

    @Test
    void flexmarkWritesTextNodesWithThisRendererRatherThanItsCoreOne() {
        AtomicInteger calls = new AtomicInteger();
        MutableDataSet options = MarkdownRenderer.options("en");
        Document document = Parser.builder(options).build().parse("a \\& b & c *d*");
        NodeRenderer quick = new TextNodeRenderer();
        String html = HtmlRenderer.builder(options).nodeRendererFactory(settings -> () -> quick
                .getNodeRenderingHandlers().stream().map(handler -> counting(handler, calls))
                .collect(Collectors.toSet())).build().render(document);

        assertEquals("<p>a &amp; b &amp; c <em>d</em></p>\n", html);
        assertEquals(2, calls.get(), "both text nodes went through TextNodeRenderer");
    }

    @SuppressWarnings("unchecked")
    private static NodeRenderingHandler<?> counting(NodeRenderingHandler<?> handler, AtomicInteger calls) {
        NodeRenderingHandler<Node> inner = (NodeRenderingHandler<Node>) handler;
        return new NodeRenderingHandler<>((Class<Node>) handler.getNodeType(), (node, context, html) -> {
            calls.incrementAndGet();
            inner.render(node, context, html);
        });
    }
}
