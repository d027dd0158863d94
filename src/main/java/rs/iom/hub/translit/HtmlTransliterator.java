package rs.iom.hub.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Transliterates the Serbian text of HTML (a rendered Markdown body, or a whole page) with jsoup,
 * leaving the markup alone.
 *
 * <p>What is converted: text nodes, and the attributes {@code alt}, {@code title},
 * {@code aria-label} and {@code placeholder}; for a whole document also the {@code content} of
 * {@code <meta name="description">}. Nothing else changes: other attributes ({@code href},
 * {@code src}, {@code id}, {@code class}, …) keep their values, and the output is written by jsoup
 * with pretty-printing off. (jsoup does normalise the serialisation itself: attribute quotes,
 * character references such as {@code &eacute;} written as the character, void tags written
 * {@code <br>}.)
 *
 * <p>What is skipped:
 * <ul>
 *   <li>the contents of {@code code}, {@code pre}, {@code kbd}, {@code samp}, {@code script},
 *       {@code style} and {@code var} (their own {@code title} etc. are still converted);</li>
 *   <li>any element whose {@code lang} is not Serbian ({@code lang="en"}, or an empty
 *       {@code lang}), with everything in it;</li>
 *   <li>an element that declares the source script of the conversion, {@code lang="sr-Latn"}
 *       when converting to Cyrillic and {@code lang="sr-Cyrl"} when converting to Latin: its text
 *       is meant to stay as it is. This is what makes conversion idempotent (the spans written
 *       below are skipped the next time). The rule does not apply to {@code <html>} or to the
 *       element the conversion starts from, whose {@code lang} names the page's own script.</li>
 * </ul>
 *
 * <p>Keep markers {@code -{…}-} inside one text node are honoured. Converting to Cyrillic, a kept
 * span that contains Latin letters becomes {@code <span lang="sr-Latn">…</span>} (and converting to
 * Latin, a kept span with Cyrillic letters becomes {@code <span lang="sr-Cyrl">…</span>}), so that
 * screen readers and hyphenation know its script. In attributes and in {@code title},
 * {@code textarea} and {@code option}, which cannot hold markup, the markers are simply removed.
 *
 * <p>Thread-safe if the transliterator is (it is).
 */
public final class HtmlTransliterator {

    private static final Set<String> SKIPPED_CONTENT = Set.of("code", "pre", "kbd", "samp", "script", "style", "var");
    private static final Set<String> TEXT_ONLY = Set.of("title", "textarea", "option");
    private static final List<String> ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");
    /** Elements inside a paragraph's flow of text: a dictionary entry may run across them. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em",
            "i", "ins", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u");

    private final SerbianTransliterator transliterator;

    public HtmlTransliterator(SerbianTransliterator transliterator) {
        this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
    }

    /** Converts an HTML fragment (body content) to Cyrillic and returns its HTML. */
    public String fragmentToCyrillic(String html) {
        return convertFragment(html, true);
    }

    /** Converts an HTML fragment (body content) to Latin and returns its HTML. */
    public String fragmentToLatin(String html) {
        return convertFragment(html, false);
    }

    /** Converts a whole HTML document to Cyrillic, including the meta description. */
    public String documentToCyrillic(String html) {
        return convertDocument(html, true);
    }

    /** Converts a whole HTML document to Latin, including the meta description. */
    public String documentToLatin(String html) {
        return convertDocument(html, false);
    }

    /**
     * Converts the tree under {@code root} to Cyrillic in place. If {@code root} is a
     * {@link Document}, its meta description is converted too.
     */
    public void toCyrillic(Element root) {
        convert(Objects.requireNonNull(root, "root"), true);
    }

    /** Converts the tree under {@code root} to Latin in place; see {@link #toCyrillic(Element)}. */
    public void toLatin(Element root) {
        convert(Objects.requireNonNull(root, "root"), false);
    }

    private String convertFragment(String html, boolean toCyrillic) {
        Objects.requireNonNull(html, "html");
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        convert(document.body(), toCyrillic);
        return document.body().html();
    }

    private String convertDocument(String html, boolean toCyrillic) {
        Objects.requireNonNull(html, "html");
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        convert(document, toCyrillic);
        return document.outerHtml();
    }

    private void convert(Element root, boolean toCyrillic) {
        List<Element> elements = new ArrayList<>();
        List<TextNode> texts = new ArrayList<>();
        collect(root, root, toCyrillic, elements, texts);
        for (Element element : elements) {
            for (String attribute : ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    convertAttribute(element, attribute, toCyrillic);
                }
            }
        }
        Map<TextNode, List<int[]>> kept = toCyrillic ? keptAcrossMarkup(texts) : Map.of();
        for (TextNode text : texts) {
            convertText(text, toCyrillic, kept.getOrDefault(text, List.of()));
        }
        if (root instanceof Document document) {
            for (Element meta : document.select("meta[name=description][content]")) {
                if (elements.contains(meta)) {
                    convertAttribute(meta, "content", toCyrillic);
                }
            }
        }
    }

    /**
     * Per text node, the stretches of dictionary entries that run across inline markup ({@code <strong>Richard</strong>
     * Kohli}): the text nodes of one block (paragraph, heading, cell…) are looked at as one text.
     */
    private Map<TextNode, List<int[]>> keptAcrossMarkup(List<TextNode> texts) {
        Map<TextNode, List<int[]>> kept = new java.util.IdentityHashMap<>();
        List<TextNode> group = new ArrayList<>();
        Element groupBlock = null;
        for (TextNode text : texts) {
            Element block = blockOf(text);
            if (block != groupBlock) {
                keepAcross(group, kept);
                group = new ArrayList<>();
                groupBlock = block;
            }
            group.add(text);
        }
        keepAcross(group, kept);
        return kept;
    }

    private void keepAcross(List<TextNode> group, Map<TextNode, List<int[]>> kept) {
        if (group.size() < 2) {
            return;
        }
        List<List<int[]>> spans = transliterator.keptAcross(group.stream().map(TextNode::getWholeText).toList());
        for (int i = 0; i < group.size(); i++) {
            if (!spans.get(i).isEmpty()) {
                kept.put(group.get(i), spans.get(i));
            }
        }
    }

    private static Element blockOf(TextNode text) {
        Element element = text.parentElement();
        while (element != null && INLINE.contains(element.normalName()) && element.parent() != null) {
            element = element.parent();
        }
        return element;
    }

    private static void collect(Element element, Element root, boolean toCyrillic, List<Element> elements,
                                List<TextNode> texts) {
        if (isSkipped(element, element == root, toCyrillic)) {
            return;
        }
        elements.add(element);
        if (SKIPPED_CONTENT.contains(element.normalName())) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                texts.add(text);
            } else if (child instanceof Element childElement) {
                collect(childElement, root, toCyrillic, elements, texts);
            }
        }
    }

    private static boolean isSkipped(Element element, boolean isRoot, boolean toCyrillic) {
        if (!element.hasAttr("lang")) {
            return false;
        }
        String[] subtags = element.attr("lang").strip().toLowerCase(Locale.ROOT).split("[-_]");
        if (!subtags[0].equals("sr")) {
            return true;
        }
        if (isRoot || element.normalName().equals("html")) {
            return false;
        }
        String sourceScript = toCyrillic ? "latn" : "cyrl";
        for (int i = 1; i < subtags.length; i++) {
            if (subtags[i].equals(sourceScript)) {
                return true;
            }
        }
        return false;
    }

    private void convertAttribute(Element element, String attribute, boolean toCyrillic) {
        String value = element.attr(attribute);
        String converted = toCyrillic ? transliterator.toCyrillic(value) : transliterator.toLatin(value);
        if (!converted.equals(value)) {
            element.attr(attribute, converted);
        }
    }

    private void convertText(TextNode node, boolean toCyrillic, List<int[]> kept) {
        String text = node.getWholeText();
        Node parent = node.parent();
        boolean markupAllowed = parent instanceof Element element && !TEXT_ONLY.contains(element.normalName());
        if (!markupAllowed || !text.contains(SerbianTransliterator.OPEN)) {
            String converted = SerbianTransliterator.exceptKept(text, kept,
                    toCyrillic ? transliterator::toCyrillic : transliterator::toLatin);
            if (!converted.equals(text)) {
                node.text(converted);
            }
            return;
        }
        List<SerbianTransliterator.Piece> pieces = transliterator.toPieces(text, toCyrillic);
        for (SerbianTransliterator.Piece piece : pieces) {
            String pieceText = piece.text();
            boolean otherScript = toCyrillic
                    ? Letters.containsLatinLetter(pieceText, 0, pieceText.length())
                    : Letters.containsCyrillicLetter(pieceText, 0, pieceText.length());
            if (piece.kept() && otherScript) {
                Element span = new Element("span").attr("lang", toCyrillic ? "sr-Latn" : "sr-Cyrl");
                span.appendText(pieceText);
                node.before(span);
            } else if (!pieceText.isEmpty()) {
                node.before(new TextNode(pieceText));
            }
        }
        node.remove();
    }
}
