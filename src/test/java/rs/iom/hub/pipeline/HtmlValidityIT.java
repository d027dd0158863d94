package rs.iom.hub.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the real site passes the Nu HTML Checker; feeds and sitemap are well-formed XML. */
@ExtendWith(RealSite.LeftUnchanged.class)
class HtmlValidityIT {
    static BakedSite site;

    @BeforeAll
    static void theRealSite() {
        site = RealSite.get();
    }

    @Test
    void everyHtmlPageIsValidHtml() {
        List<String> pages = site.htmlPages();
        assertTrue(pages.size() >= 30, () -> "expected the whole site but found " + pages);
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String page : pages) {
            for (NuHtmlChecker.Message message : NuHtmlChecker.shared().check(site.bytes(page), site.urlOf(page))) {
                (message.isError() ? failures : warnings).add(page + ":" + message);
            }
        }
        if (!warnings.isEmpty()) {
            System.out.println("Nu HTML Checker warnings:\n  " + String.join("\n  ", warnings));
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " error(s) from the Nu HTML Checker:\n  "
                + String.join("\n  ", failures));
    }

    @Test
    void theCheckerReportsTheErrorsOfABrokenPageWithTheirLines() {
        String broken = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Broken</title></head>
                <body>
                <main><p>One</p></main>
                <main><p><div>block in a paragraph</div></p></main>
                <img src="x.png">
                </body>
                </html>
                """;

        List<NuHtmlChecker.Message> errors = NuHtmlChecker.shared()
                .check(broken.getBytes(StandardCharsets.UTF_8), "https://example.org/hub/broken.html")
                .stream().filter(NuHtmlChecker.Message::isError).toList();

        assertFalse(errors.isEmpty(), "a page with two <main>, a <div> in a <p> and an <img> without alt is invalid");
        assertTrue(errors.stream().anyMatch(m -> m.line() == 7 && m.text().contains("alt")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.line() == 6), errors::toString);
    }

    @Test
    void everyAtomFeedIsWellFormedXml() {
        List<String> feeds = site.files().stream().filter(f -> f.endsWith("feed.xml")).toList();

        assertEquals(List.of("en/feed.xml", "sr-cyrl/feed.xml", "sr/feed.xml"), feeds);
        for (String feed : feeds) {
            Element root = XmlFiles.parse(feed, site.bytes(feed)).getDocumentElement();
            assertEquals(XmlFiles.ATOM, root.getNamespaceURI(), feed);
            assertEquals("feed", root.getLocalName(), feed);
        }
    }

    @Test
    void theSitemapIsWellFormedXmlInTheSitemapNamespace() {
        Element root = XmlFiles.parse("sitemap.xml", site.bytes("sitemap.xml")).getDocumentElement();

        assertEquals(XmlFiles.SITEMAP, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        assertFalse(XmlFiles.children(root, XmlFiles.SITEMAP, "url").isEmpty());
    }

    @Test
    void theXmlCheckRejectsMalformedXml() {
        assertThrows(AssertionError.class,
                () -> XmlFiles.parse("bad.xml", "<feed><entry></feed>".getBytes(StandardCharsets.UTF_8)));
    }
}
