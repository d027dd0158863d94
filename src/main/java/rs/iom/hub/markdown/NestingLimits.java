package rs.iom.hub.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Keeps Markdown that nests too deeply away from flexmark. Block quotes in block quotes, lists in lists, emphasis in
 * emphasis and images in images become nodes in nodes, and flexmark walks its tree recursively (after parsing, while
 * rendering, when collecting text): ten thousand {@code >} overflow the stack. No text a person writes nests more
 * than a few levels, so anything past {@link #MAX_LEVELS} is refused with its line, before parsing where the text
 * shows it (markers at the start of a line, unclosed brackets and emphasis) and, as a second net, on the parsed tree
 * before it is rendered.
 *
 * <p>Also refused: a line that starts with more than {@link #MAX_RULE} dashes, asterisks or underscores. flexmark
 * tests such a line for a separator ({@code ---}) with a regular expression that recurses once per character.</p>
 */
final class NestingLimits {
    /** Deepest nesting accepted: block quotes, list items, emphasis, links, images and quotes, together. */
    static final int MAX_LEVELS = 50;
    /** Longest run of {@code -}, {@code *}, {@code _} (and spaces) accepted at the start of a line. */
    static final int MAX_RULE = 1000;

    /**
     * Longest paragraph accepted, in characters (consecutive lines without a blank line between them). On Java 17
     * every regular-expression match of flexmark's inline parser copies the whole paragraph
     * ({@code Matcher.toMatchResult}), and a paragraph has a match per link, bracket or emphasis mark: the time grows
     * with length × marks. A long real paragraph has 2,000 characters.
     */
    static final int MAX_PARAGRAPH = 10_000;
    /** Longest table accepted, in characters: its cells are read one by one, only its lines add up. */
    static final int MAX_TABLE = 100_000;
    /**
     * Most work accepted for the inline parsing of one file, as the sum over its paragraphs of length × marks (the
     * brackets, parentheses, emphasis and code marks each of which costs flexmark a copy of the paragraph). About
     * 2 to 5 seconds on a slow machine; a long real report needs a tenth of it.
     */
    static final long MAX_INLINE_WORK = 400_000_000L;
    /**
     * Most lines accepted in one paragraph (or table, which flexmark reads as a paragraph first): flexmark copies the
     * paragraph so far for every new line of it, so its time grows with the square of the lines.
     */
    static final int MAX_PARAGRAPH_LINES = 2_000;

    /** What is too much. */
    enum Kind { NESTING, RULE, PARAGRAPH, TABLE, PARAGRAPH_LINES, INLINE_WORK }

    /** Where the text first goes too far: 0-based line of the text, how far (levels or characters), and in what. */
    record TooDeep(int line, int levels, Kind kind) {
        TooDeep(int line, int levels, boolean rule) {
            this(line, levels, rule ? Kind.RULE : Kind.NESTING);
        }

        boolean rule() {
            return kind == Kind.RULE;
        }
    }

    private NestingLimits() {
    }

    /** The first place in {@code markdown} that nests deeper than allowed, read from the text alone. */
    static Optional<TooDeep> inText(String markdown) {
        Inline inline = new Inline();
        int line = 0;
        int start = 0;
        int length = markdown.length();
        int paragraph = 0;
        int paragraphLine = 0;
        int paragraphLines = 0;
        long paragraphMarks = 0;
        long work = 0;
        boolean table = false;
        while (start <= length) {
            int end = start;
            while (end < length && markdown.charAt(end) != '\n' && markdown.charAt(end) != '\r') {
                end++;
            }
            Optional<TooDeep> deep = blockPrefix(markdown, start, end, line);
            if (deep.isEmpty()) {
                deep = inline.line(markdown, start, end, line);
            }
            if (deep.isPresent()) {
                return deep;
            }
            if (startsBlock(markdown, start, end) || paragraphLines == 0) {
                paragraph = 0;
                paragraphLines = 0;
                paragraphMarks = 0;
                paragraphLine = line;
                table = startsTableRow(markdown, start, end);
            }
            long lineLength = end - start + 1;
            long lineMarks = marks(markdown, start, end);
            work += paragraph * lineMarks + lineLength * paragraphMarks + lineLength * lineMarks;
            paragraphMarks += lineMarks;
            if (work > MAX_INLINE_WORK) {
                return Optional.of(new TooDeep(paragraphLine, 0, Kind.INLINE_WORK));
            }
            paragraph += end - start + 1;
            paragraphLines++;
            if (isBlankLine(markdown, start, end)) {
                paragraphLines = 0;
            }
            if (paragraph > (table ? MAX_TABLE : MAX_PARAGRAPH)) {
                return Optional.of(new TooDeep(paragraphLine, paragraph, table ? Kind.TABLE : Kind.PARAGRAPH));
            }
            if (paragraphLines > MAX_PARAGRAPH_LINES) {
                return Optional.of(new TooDeep(paragraphLine, paragraphLines, Kind.PARAGRAPH_LINES));
            }
            if (end < length && markdown.charAt(end) == '\r' && end + 1 < length && markdown.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /**
     * Container markers at the start of a line ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.}): each is a
     * level; indentation beyond the one space after a marker counts one level per two columns (nested lists).
     */
    private static Optional<TooDeep> blockPrefix(String s, int start, int end, int line) {
        int markers = 0;
        int spaces = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
                i++;
            } else if (c == '\t') {
                spaces += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || isBlank(s.charAt(i + 1)))) {
                markers++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && (j + 1 == end || isBlank(s.charAt(j + 1)))) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        int levels = markers + Math.max(0, spaces - markers) / 2;
        if (levels > MAX_LEVELS) {
            return Optional.of(new TooDeep(line, levels, false));
        }
        int rule = 0;
        for (int j = i; j < end; j++) {
            char c = s.charAt(j);
            if (c == '-' || c == '*' || c == '_' || c == ' ' || c == '\t') {
                rule++;
            } else {
                break;
            }
        }
        return rule > MAX_RULE ? Optional.of(new TooDeep(line, rule, true)) : Optional.empty();
    }

    /**
     * True when a line starts a block of its own: blank, a list item, a heading, a code fence. (A table row does not:
     * flexmark reads a table as a paragraph first.) flexmark's inline parser copies a whole paragraph for every link
     * or bracket in it (regular expressions on flexmark's text, Java 17), so a paragraph of megabytes with thousands
     * of links takes hours; paragraphs are therefore limited in length.
     */
    private static boolean startsBlock(String s, int start, int end) {
        int i = start;
        while (i < end && (isBlank(s.charAt(i)) || s.charAt(i) == '>')) {
            i++;
        }
        if (i == end) {
            return true;
        }
        char c = s.charAt(i);
        if (c == '#') {
            int level = i;
            while (level < end && s.charAt(level) == '#') {
                level++;
            }
            return level - i <= 6 && (level == end || isBlank(s.charAt(level)));
        }
        if (c == '`' || c == '~') {
            return i + 2 < end && s.charAt(i + 1) == c && s.charAt(i + 2) == c;
        }
        if (c == '-' || c == '*' || c == '+') {
            return i + 1 == end || isBlank(s.charAt(i + 1));
        }
        int digits = i;
        while (digits < end && digits - i < 9 && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        return digits > i && digits < end && (s.charAt(digits) == '.' || s.charAt(digits) == ')')
                && (digits + 1 == end || isBlank(s.charAt(digits + 1)));
    }

    /** The characters of a line that start or end inline elements (each costs flexmark a match). */
    private static int marks(String s, int start, int end) {
        int marks = 0;
        for (int i = start; i < end; i++) {
            switch (s.charAt(i)) {
                case '[', ']', '(', ')', '<', '>', '`', '*', '_', '!', '&', '\\' -> marks++;
                default -> { }
            }
        }
        return marks;
    }

    private static boolean startsTableRow(String s, int start, int end) {
        int i = start;
        while (i < end && isBlank(s.charAt(i))) {
            i++;
        }
        return i < end && s.charAt(i) == '|';
    }

    private static boolean isBlankLine(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isBlank(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Brackets and emphasis still open, per paragraph, in the manner of CommonMark's delimiter stack: a run of
     * {@code *} or {@code _} that can close ends the nearest open one of its kind, one that can only open adds a level
     * per two characters; {@code [} opens and {@code ]} closes; typographic quotes likewise.
     */
    private static final class Inline {
        private final Deque<int[]> open = new ArrayDeque<>(); // {character, levels}
        private int levels;

        Optional<TooDeep> line(String s, int start, int end, int line) {
            if (isBlankLine(s, start, end)) {
                open.clear();
                levels = 0;
                return Optional.empty();
            }
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    push('[', 1);
                } else if (c == ']') {
                    closeNearest('[');
                } else if (c == '*' || c == '_' || c == '"' || c == '\'') {
                    int j = i;
                    while (j < end && s.charAt(j) == c) {
                        j++;
                    }
                    int before = i == start ? ' ' : s.charAt(i - 1);
                    int after = j == end ? ' ' : s.charAt(j);
                    boolean canOpen = leftFlanking(before, after);
                    boolean canClose = rightFlanking(before, after);
                    boolean intraword = canOpen && canClose && Character.isLetterOrDigit(before)
                            && Character.isLetterOrDigit(after);
                    if (!(intraword && c != '*')) {
                        if (!(canClose && closeNearest(c)) && canOpen) {
                            push(c, c == '*' || c == '_' ? (j - i + 1) / 2 : 1);
                        }
                    }
                    i = j - 1;
                }
                if (levels > MAX_LEVELS) {
                    return Optional.of(new TooDeep(line, levels, false));
                }
            }
            return Optional.empty();
        }

        private void push(char c, int weight) {
            open.push(new int[]{c, weight});
            levels += weight;
        }

        /** Closes the nearest open {@code c} and everything opened after it; false when none is open. */
        private boolean closeNearest(char c) {
            boolean found = false;
            for (int[] entry : open) {
                if (entry[0] == c) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
            while (true) {
                int[] entry = open.pop();
                levels -= entry[1];
                if (entry[0] == c) {
                    return true;
                }
            }
        }

        private static boolean leftFlanking(int before, int after) {
            return !Character.isWhitespace(after) && (!isPunctuation(after) || Character.isWhitespace(before)
                    || isPunctuation(before));
        }

        private static boolean rightFlanking(int before, int after) {
            return !Character.isWhitespace(before) && (!isPunctuation(before) || Character.isWhitespace(after)
                    || isPunctuation(after));
        }

        private static boolean isPunctuation(int c) {
            return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
        }

        private static boolean isBlankLine(String s, int start, int end) {
            for (int i = start; i < end; i++) {
                if (!isBlank(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The deepest point of a parsed tree, counted as in the text: one level per container a reader sees. */
    record Deepest(Node node, int levels) {
    }

    /** The deepest node of {@code root}, walking it without recursion. */
    static Deepest inTree(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        Node deepest = root;
        int max = 0;
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > max) {
                max = depth;
                deepest = node;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + (isLevel(child) ? 1 : 0));
            }
        }
        return new Deepest(deepest, max);
    }

    private static boolean isLevel(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || !(node instanceof Block) && node.hasChildren();
    }
}
