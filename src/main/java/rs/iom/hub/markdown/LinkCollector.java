package rs.iom.hub.markdown;

import rs.iom.hub.layout.SiteLayout;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every link and image of a parsed body, with its file position, for the check: inline links and images,
 * reference definitions (where their target is written) and the images that use them (where their description is),
 * {@code <…>} autolinks and bare addresses; and the places of raw HTML.
 */
final class LinkCollector {
    private final SiteLayout layout;
    private final String source;
    private final int firstLine;
    private final Map<Integer, Integer> shifts;
    private final int[] lineStarts;
    final List<MarkdownLink> links = new ArrayList<>();
    final List<int[]> rawHtml = new ArrayList<>();

    /**
     * @param source    the file, from which relative destinations are resolved
     * @param text      the parsed text
     * @param firstLine file line of the text's first line
     * @param shifts    by 0-based line, columns the text was moved left (see {@link CommentText})
     */
    LinkCollector(SiteLayout layout, String source, String text, int firstLine, Map<Integer, Integer> shifts) {
        this.layout = layout;
        this.source = source;
        this.firstLine = firstLine;
        this.shifts = shifts;
        this.lineStarts = lineStarts(text);
    }

    void collect(Document document) {
        Set<Node> usedByImages = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : document.getDescendants()) {
            if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    usedByImages.add(reference);
                }
            }
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                add(false, link.getUrl().unescape(), node, MarkdownLink.Part.BOTH);
            } else if (node instanceof Image image) {
                add(true, image.getUrl().unescape(), node, MarkdownLink.Part.BOTH);
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                add(true, reference == null ? "" : reference.getUrl().unescape(), node, MarkdownLink.Part.TEXT);
            } else if (node instanceof Reference reference) {
                add(usedByImages.contains(reference), reference.getUrl().unescape(), node, MarkdownLink.Part.TARGET);
            } else if (node instanceof AutoLink autoLink) {
                String text = autoLink.getText().toString();
                String url = text.startsWith("www.") ? "http://" + text : autoLink.getUrl().unescape();
                add(false, url, node, MarkdownLink.Part.BOTH);
            } else if ((node instanceof HtmlBlock || node instanceof HtmlInline)
                    && !(node instanceof HtmlCommentBlock) && !(node instanceof HtmlInlineComment)
                    && !node.getChars().toString().stripLeading().startsWith("<!--")) {
                rawHtml.add(position(node));
            }
        }
    }

    private void add(boolean image, String destination, Node node, MarkdownLink.Part part) {
        String text = node instanceof Reference reference ? reference.getReference().toString() : textOf(node);
        int[] at = position(node);
        links.add(MarkdownLink.in(layout, source, image, destination, text, at[0], at[1], part));
    }

    private static String textOf(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    /** {file line, column} of the start of {@code node}. */
    private int[] position(Node node) {
        int offset = node.getChars().getStartOffset();
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        int column = offset - lineStarts[line] + 1 + shifts.getOrDefault(line, 0);
        return new int[]{firstLine + line, column};
    }

    /** Offsets at which the lines of {@code text} start (after LF, CR or CRLF). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
