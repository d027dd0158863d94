package rs.iom.hub.markdown;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the text written after an HTML comment on the same line: {@code <!-- note --> Visible text}. For CommonMark the
 * whole line is an HTML block, and comments are left out of the page, so the text would silently disappear. Here the
 * comment is blanked out and the text moved to where the comment started, on the same line, so that the body is
 * parsed again with every line where it was; {@link #shifts} says how far the text moved, for columns in messages.
 */
final class CommentText {
    /** The text with comments blanked and the text after them moved; by 0-based line, how many columns it moved. */
    record Moved(String markdown, Map<Integer, Integer> shifts) {
    }

    private CommentText() {
    }

    /** The body with text after comments made visible, or empty when no comment block has text after it. */
    static Optional<Moved> moveTextAfterComments(String markdown, Document document) {
        char[] chars = null;
        Map<Integer, Integer> shifts = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof HtmlCommentBlock block)) {
                continue;
            }
            List<BasedSequence> lines = block.getContentLines();
            if (lines.isEmpty()) {
                continue;
            }
            BasedSequence last = lines.get(lines.size() - 1).trimEOL();
            int close = last.lastIndexOf("-->");
            if (close < 0 || last.subSequence(close + 3).isBlank()) {
                continue;
            }
            if (chars == null) {
                chars = markdown.toCharArray();
            }
            for (BasedSequence line : lines.subList(0, lines.size() - 1)) {
                blank(chars, line.trimEOL().getStartOffset(), line.trimEOL().getEndOffset());
            }
            int lineStart = last.getStartOffset();
            int textStart = close + 3;
            while (textStart < last.length() && Character.isWhitespace(last.charAt(textStart))) {
                textStart++;
            }
            String text = last.subSequence(textStart).toString();
            blank(chars, lineStart, last.getEndOffset());
            text.getChars(0, text.length(), chars, lineStart);
            shifts.put(document.getLineNumber(lineStart), textStart);
        }
        return chars == null ? Optional.empty() : Optional.of(new Moved(new String(chars), shifts));
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
    }
}
