package rs.iom.hub.translit;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transliterates the Serbian text of Markdown source, keeping the Markdown itself byte for byte.
 *
 * <p>The source is parsed with flexmark (CommonMark core plus tables) only to find where the text
 * is; the output is the source with those stretches converted. Converted: paragraph, heading,
 * list, quote and table-cell text, emphasis, link text, image alt text, and link, image and
 * reference titles (shown as tooltips, like the HTML {@code title} attribute). Kept byte-identical:
 * code spans, fenced and indented code blocks, link and image destinations, autolinks, reference
 * labels (also the text of {@code [label]} / {@code [label][]} links, which is the label), raw HTML
 * (inline and blocks), character references such as {@code &amp;}, and everything else that is
 * syntax. Text between inline HTML tags is Markdown text and is converted.
 *
 * <p>YAML front matter ({@code ---} on the first line, up to a line {@code ---} or {@code ...}):
 * only the values of the top-level keys {@code title}, {@code summary}, {@code imageAlt}, {@code imageCaption} and
 * {@code imageCredit}
 * (plain, quoted, or {@code |} / {@code >} block scalars) and the items of {@code tags} (a
 * {@code [flow, list]} or {@code - item} lines) are converted; keys, comments and all other values
 * stay as written. Escapes in double-quoted values ({@code \n}, {@code \u0041}) are kept.
 *
 * <p>Keep markers {@code -{…}-} are honoured when they lie within one stretch of text (they must not
 * enclose Markdown syntax such as {@code **}); {@link #toCyrillic} and {@link #toLatin} keep them in
 * their output (it is still Markdown source), and {@link #stripKeepMarkers} drops them for the edition
 * in the source's own script. An entry of the dictionary of words kept in Latin is matched across
 * inline markup within one paragraph, heading or cell.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownTransliterator {

    /** Front-matter keys whose values are converted. */
    public static final Set<String> CONVERTED_KEYS = Set.of("title", "summary", "imageAlt", "imageCaption",
            "imageCredit");
    /** Front-matter key whose list items are converted. */
    public static final String TAGS_KEY = "tags";

    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\r|\\z)");
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)([ \\t]*:)(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*-[ \\t]+)(.*)$");

    private final SerbianTransliterator transliterator;
    private final Parser parser;

    public MarkdownTransliterator(SerbianTransliterator transliterator) {
        this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    /**
     * Markdown in Serbian Latin → the same Markdown in Serbian Cyrillic. Keep markers stay (the result is still a
     * source), and a dictionary entry is kept in Latin even where markup splits it ({@code **Richard** Kohli}).
     */
    public String toCyrillic(String markdown) {
        return convert(Objects.requireNonNull(markdown, "markdown"), transliterator::toCyrillicKeepingMarkers, true);
    }

    /** Markdown in Serbian Cyrillic → the same Markdown in Serbian Latin; keep markers stay. */
    public String toLatin(String markdown) {
        return convert(Objects.requireNonNull(markdown, "markdown"), transliterator::toLatinKeepingMarkers, false);
    }

    /** Removes the keep markers from the text of the Markdown, converting nothing. */
    public String stripKeepMarkers(String markdown) {
        return convert(Objects.requireNonNull(markdown, "markdown"), SerbianTransliterator::stripKeepMarkers, false);
    }

    private String convert(String markdown, UnaryOperator<String> conversion, boolean dictionaryAcross) {
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        int bodyStart = frontMatterEnd(markdown);
        if (bodyStart > 0) {
            convertFrontMatter(markdown.substring(0, bodyStart), conversion, out);
        }
        String body = markdown.substring(bodyStart);
        List<int[]> ranges = new ArrayList<>();
        collect(parser.parse(body), ranges, new java.util.IdentityHashMap<>());
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        Map<int[], List<int[]>> kept = dictionaryAcross ? keptAcrossMarkup(body, ranges) : Map.of();
        int copied = 0;
        for (int[] range : ranges) {
            if (range[0] < copied || range[0] >= range[1]) {
                continue;
            }
            String text = body.substring(range[0], range[1]);
            out.append(body, copied, range[0]).append(SerbianTransliterator.exceptKept(text,
                    kept.getOrDefault(range, List.of()), conversion));
            copied = range[1];
        }
        return out.append(body, copied, body.length()).toString();
    }

    /** Per text range, the stretches of dictionary entries that run across the markup of its block. */
    private Map<int[], List<int[]>> keptAcrossMarkup(String body, List<int[]> ranges) {
        Map<int[], List<int[]>> kept = new java.util.IdentityHashMap<>();
        Map<Integer, List<int[]>> byBlock = new java.util.LinkedHashMap<>();
        for (int[] range : ranges) {
            if (range[2] >= 0) {
                byBlock.computeIfAbsent(range[2], k -> new ArrayList<>()).add(range);
            }
        }
        for (List<int[]> block : byBlock.values()) {
            List<String> segments = block.stream().map(r -> body.substring(r[0], r[1])).toList();
            List<List<int[]>> spans = transliterator.keptAcross(segments);
            for (int i = 0; i < block.size(); i++) {
                if (!spans.get(i).isEmpty()) {
                    kept.put(block.get(i), spans.get(i));
                }
            }
        }
        return kept;
    }

    // ---- Markdown body ----

    /**
     * The text ranges under {@code parent}: {start, end, block}, where block numbers the paragraph, heading or cell
     * the text belongs to (-1 for titles, which stand alone).
     */
    private static void collect(Node parent, List<int[]> ranges, Map<Node, Integer> blocks) {
        Node child = parent.getFirstChild();
        while (child != null) {
            if (isText(child)) {
                int start = child.getStartOffset();
                Node last = child;
                while (last.getNext() != null && isText(last.getNext())) {
                    last = last.getNext();
                }
                Node block = child.getAncestorOfType(com.vladsch.flexmark.util.ast.Block.class);
                int blockId = block == null ? -1 : blocks.computeIfAbsent(block, b -> blocks.size());
                ranges.add(new int[] {start, last.getEndOffset(), blockId});
                child = last.getNext();
                continue;
            }
            if (child instanceof Link link) {
                addRange(link.getTitle(), ranges);
            } else if (child instanceof Image image) {
                addRange(image.getTitle(), ranges);
            } else if (child instanceof Reference reference) {
                addRange(reference.getTitle(), ranges);
            }
            if (!isKept(child)) {
                collect(child, ranges, blocks);
            }
            child = child.getNext();
        }
    }

    private static boolean isText(Node node) {
        return node instanceof Text || node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    /** Nodes whose source is kept as written, children included. */
    private static boolean isKept(Node node) {
        if (node instanceof LinkRef ref) {
            return ref.isReferenceTextCombined() && ref.isDefined();
        }
        if (node instanceof ImageRef ref) {
            return ref.isReferenceTextCombined() && ref.isDefined();
        }
        return node instanceof Code || isCodeBlock(node)
                || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof HtmlEntity
                || node instanceof AutoLink || node instanceof MailLink || node instanceof Reference;
    }

    private static boolean isCodeBlock(Node node) {
        return node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
                || node instanceof com.vladsch.flexmark.ast.CodeBlock;
    }

    private static void addRange(BasedSequence sequence, List<int[]> ranges) {
        if (sequence != null && sequence.isNotNull() && !sequence.isEmpty()) {
            ranges.add(new int[] {sequence.getStartOffset(), sequence.getEndOffset(), -1});
        }
    }

    // ---- YAML front matter ----

    /** The index just past the closing line of the front matter, or 0 if there is none. */
    private static int frontMatterEnd(String markdown) {
        int start = markdown.startsWith("\uFEFF") ? 1 : 0;
        if (!markdown.startsWith("---", start)) {
            return 0;
        }
        int lineEnd = start + 3;
        while (lineEnd < markdown.length() && (markdown.charAt(lineEnd) == ' ' || markdown.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        if (lineEnd < markdown.length() && markdown.charAt(lineEnd) != '\n' && markdown.charAt(lineEnd) != '\r') {
            return 0;
        }
        Matcher end = FRONT_MATTER_END.matcher(markdown);
        int searchFrom = lineEnd;
        if (searchFrom >= markdown.length()) {
            return 0;
        }
        searchFrom += markdown.charAt(searchFrom) == '\r' && searchFrom + 1 < markdown.length()
                && markdown.charAt(searchFrom + 1) == '\n' ? 2 : 1;
        return end.find(searchFrom) ? end.end() : 0;
    }

    private static void convertFrontMatter(String frontMatter, UnaryOperator<String> conversion, StringBuilder out) {
        String currentKey = null;
        boolean blockScalar = false;
        int position = 0;
        boolean first = true;
        while (position < frontMatter.length()) {
            int lineEnd = position;
            while (lineEnd < frontMatter.length() && frontMatter.charAt(lineEnd) != '\n' && frontMatter.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int next = frontMatter.startsWith("\r\n", lineEnd) ? lineEnd + 2 : Math.min(lineEnd + 1, frontMatter.length());
            String line = frontMatter.substring(position, lineEnd);
            String ending = frontMatter.substring(lineEnd, next);
            position = next;
            if (first || position >= frontMatter.length() && isClosingLine(line)) {
                out.append(line).append(ending);
                first = false;
                continue;
            }
            Matcher key = KEY_LINE.matcher(line);
            if (key.matches()) {
                currentKey = key.group(1);
                String value = key.group(3);
                String trimmed = value.strip();
                blockScalar = trimmed.startsWith("|") || trimmed.startsWith(">");
                out.append(key.group(1)).append(key.group(2));
                if (!blockScalar && (CONVERTED_KEYS.contains(currentKey) || TAGS_KEY.equals(currentKey))) {
                    out.append(convertScalar(value, conversion));
                } else {
                    out.append(value);
                }
                out.append(ending);
                continue;
            }
            boolean indented = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.charAt(0) == '-');
            if (indented && currentKey != null && !line.strip().startsWith("#")) {
                if (TAGS_KEY.equals(currentKey)) {
                    Matcher item = LIST_ITEM.matcher(line);
                    if (item.matches()) {
                        out.append(item.group(1)).append(convertScalar(item.group(2), conversion)).append(ending);
                        continue;
                    }
                } else if (CONVERTED_KEYS.contains(currentKey)) {
                    out.append(blockScalar ? conversion.apply(line) : convertScalar(line, conversion)).append(ending);
                    continue;
                }
            } else if (!indented && !line.isBlank()) {
                currentKey = null;
            }
            out.append(line).append(ending);
        }
    }

    private static boolean isClosingLine(String line) {
        String stripped = line.strip();
        return stripped.equals("---") || stripped.equals("...");
    }

    /**
     * Converts a YAML scalar (or flow list) as written after the colon: text inside quotes, plain
     * text up to a comment; escapes in double quotes are kept.
     */
    private static String convertScalar(String value, UnaryOperator<String> conversion) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        StringBuilder pending = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == 0 && c == '#' && (i == 0 || value.charAt(i - 1) == ' ' || value.charAt(i - 1) == '\t')) {
                flush(pending, conversion, out);
                out.append(value, i, value.length());
                return out.toString();
            }
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (quote == c) {
                if (c == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    pending.append("''");
                    i++;
                    continue;
                }
                quote = 0;
            } else if (quote == '"' && c == '\\' && i + 1 < value.length()) {
                flush(pending, conversion, out);
                int escapeEnd = i + 2;
                char kind = value.charAt(i + 1);
                int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
                escapeEnd = Math.min(value.length(), escapeEnd + digits);
                out.append(value, i, escapeEnd);
                i = escapeEnd - 1;
                continue;
            }
            pending.append(c);
        }
        flush(pending, conversion, out);
        return out.toString();
    }

    private static void flush(StringBuilder pending, UnaryOperator<String> conversion, StringBuilder out) {
        if (pending.length() > 0) {
            out.append(conversion.apply(pending.toString()));
            pending.setLength(0);
        }
    }
}
