package rs.iom.hub.pipeline;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** XML files of the baked site (feeds, sitemap) read with the JDK's parser, namespace-aware and strict. */
public final class XmlFiles {
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private XmlFiles() {
    }

    /** Parses {@code bytes}; any well-formedness error (even one the parser could recover from) fails. */
    public static Document parse(String name, byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(bytes), name);
        } catch (SAXParseException e) {
            throw new AssertionError(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": not well-formed XML: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new AssertionError(name + ": cannot be parsed as XML: " + e, e);
        }
    }

    /** Child elements of {@code parent} with the given namespace and local name, in order. */
    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && namespace.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The text of the only child element with the given name. */
    public static String childText(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + localName + "> in <" + parent.getLocalName() + "> but found "
                    + found.size());
        }
        return found.get(0).getTextContent();
    }
}
