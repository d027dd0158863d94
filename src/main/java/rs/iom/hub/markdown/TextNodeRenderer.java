package rs.iom.hub.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * Writes flexmark's text nodes as flexmark's own core renderer does, without its three passes over text that none of
 * them would change. The core renderer undoes backslash escapes and character references (only where the text has a
 * {@code \} or {@code &}), turns {@code \r} line ends into {@code \n}, then escapes {@code & < > "}, each pass a
 * regular expression or a copy of the text; together they were 60 % of rendering a body to HTML, while most text
 * holds none of those six characters. Such text is written as it is; any other goes the core renderer's way, so the
 * HTML is the same byte for byte ({@code TextNodeRendererTest} compares both on the real site and on hostile input).
 */
final class TextNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextNodeRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().toString();
        if (unchangedByEscaping(text)) {
            html.raw(text);
        } else {
            html.text(Escaping.normalizeEOL(node.getChars().unescape()));
        }
    }

    /** Whether {@code text} has none of the characters that unescaping, line-end normalising or escaping change. */
    static boolean unchangedByEscaping(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c <= '\\' && (c == '\\' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\r')) {
                return false;
            }
        }
        return true;
    }
}
