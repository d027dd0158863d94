package rs.iom.hub.content;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether an SVG file is a picture and nothing else. Why: an SVG file opened in the browser is a document of the
 * site, and it may hold scripts ({@code <script>}, {@code onload="…"}, {@code javascript:} links), whole web pages
 * ({@code <foreignObject>}) and references to other files or sites. {@code content/} publishes an SVG picture only
 * when it has none of these; pictures exported by drawing programs pass.
 *
 * <p>The file is parsed without ever fetching anything: no external DTD or entity is loaded, and a DOCTYPE may only
 * name its DTD (as some programs write), not declare entities of its own.
 */
final class SafeSvg {
    /** Elements that run scripts, embed other documents or media, or can hold a web page. */
    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "frame", "embed",
            "object", "applet", "handler", "listener", "audio", "video", "base", "meta", "link", "form", "input",
            "button", "textarea");
    /** Elements that change other attributes (a link's target, an event handler) while the picture is shown. */
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform",
            "animatecolor");
    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^)'\"]*)");
    private static final int SHOWN = 40;

    private SafeSvg() {
    }

    /**
     * What in {@code svg} is more than a picture, as the end of a sentence starting with "this SVG picture" (e.g.
     * "contains a script (&lt;script&gt;)"); empty when it is a picture only.
     */
    static Optional<String> problem(byte[] svg) {
        Document document;
        try {
            document = parse(svg);
        } catch (SAXParseException e) {
            return Optional.of("cannot be read as XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            return Optional.of("cannot be read as XML (" + e.getMessage() + ")");
        }
        DocumentType doctype = document.getDoctype();
        if (doctype != null && doctype.getInternalSubset() != null && !doctype.getInternalSubset().isBlank()) {
            return Optional.of("declares entities of its own (<!DOCTYPE … [ … ]>), which can bring in other files");
        }
        Element root = document.getDocumentElement();
        if (!name(root).equals("svg")) {
            return Optional.of("is not an SVG picture (its outermost element is <" + root.getTagName() + ">)");
        }
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(document);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            Optional<String> problem = switch (node.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) node);
                case Node.PROCESSING_INSTRUCTION_NODE -> Optional.of("contains a processing instruction (<?"
                        + node.getNodeName() + " …?>), which can load other files");
                case Node.ENTITY_REFERENCE_NODE -> Optional.of("uses an entity (&" + node.getNodeName() + ";)");
                default -> Optional.empty();
            };
            if (problem.isPresent()) {
                return problem;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPreviousSibling()) {
                nodes.push(child);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> element(Element element) {
        String name = name(element);
        if (name.equals("script")) {
            return Optional.of("contains a script (<" + element.getTagName() + ">)");
        }
        if (FORBIDDEN.contains(name)) {
            return Optional.of("contains <" + element.getTagName() + ">, which can run scripts or show other "
                    + "documents");
        }
        if (ANIMATIONS.contains(name)) {
            String target = element.getAttribute("attributeName").strip().toLowerCase(Locale.ROOT);
            if (target.endsWith("href") || target.startsWith("on")) {
                return Optional.of("changes an attribute with an animation (<" + element.getTagName()
                        + " attributeName=\"" + shorten(target) + "\">), which can make it a script");
            }
        }
        if (name.equals("style")) {
            Optional<String> style = style(element.getTextContent());
            if (style.isPresent()) {
                return style;
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Optional<String> problem = attribute((Attr) attributes.item(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(Attr attribute) {
        String name = name(attribute);
        String value = attribute.getValue();
        String written = attribute.getName() + "=\"" + shorten(value) + "\"";
        if (name.startsWith("on")) {
            return Optional.of("has a script in the attribute " + attribute.getName() + " (" + written + ")");
        }
        String compact = value.replaceAll("[\\s\\u0000-\\u001F]", "").toLowerCase(Locale.ROOT);
        if (compact.contains("javascript:") || compact.contains("vbscript:")) {
            return Optional.of("has a javascript: link, which is a script (" + written + ")");
        }
        if (name.equals("href") && !value.strip().startsWith("#")) {
            return Optional.of(compact.startsWith("data:") ? "embeds data in a link (" + written + ")"
                    : "refers to another file or site (" + written + ")");
        }
        return outsideUrl(value).map(url -> "refers to another file or site (" + written + ")");
    }

    /** The text of a {@code <style>} element: no imports, no {@code url(…)} other than the picture's own parts. */
    private static Optional<String> style(String css) {
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
            return Optional.of("imports a style sheet (@import), which loads another file");
        }
        if (css.replaceAll("\\s", "").toLowerCase(Locale.ROOT).contains("javascript:")) {
            return Optional.of("has a javascript: link in its styles");
        }
        return outsideUrl(css).map(url -> "refers to another file or site in its styles (url(" + shorten(url)
                + "))");
    }

    /** The first {@code url(…)} in {@code text} that is not a reference to a part of the picture ({@code #id}). */
    private static Optional<String> outsideUrl(String text) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                return Optional.of(url.group(1));
            }
        }
        return Optional.empty();
    }

    private static Document parse(byte[] svg) throws SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Nothing is ever fetched: an outside entity or DTD reads as empty text.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(new ErrorHandler() { // the parser would print to the console
                @Override
                public void warning(SAXParseException e) {
                    // harmless
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(svg));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }

    /** The local name of an element or attribute, in small letters. */
    private static String name(Node node) {
        String local = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return local.toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "…";
    }
}
