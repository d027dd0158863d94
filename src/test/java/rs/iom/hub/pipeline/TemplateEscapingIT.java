package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates escape what they print: every template declares its output format, and markup in content stays text. */
class TemplateEscapingIT {
    private static final String TITLE = "Upozorenje <script>alert(\"naslov\")</script> & <b>podebljano</b>";
    /** The title as pages show it: text, with the typography of the body (Serbian quotes). */
    private static final String SHOWN = "Upozorenje <script>alert(„naslov“)</script> & <b>podebljano</b>";
    private static final String SUMMARY = "Sažetak sa <img src=x onerror=alert(1)> oznakom";
    private static final String PAGE = "sr/vesti/2023/opasan-naslov/index.html";
    private static final String CYRILLIC_PAGE = "sr-cyrl/vesti/2023/opasan-naslov/index.html";

    @TempDir
    static Path temp;
    static BakedSite site;

    @BeforeAll
    static void bakeACopyWithMarkupInAFrontMatter() {
        Path source = TestSites.copyOfRealSite(temp.resolve("source"));
        TestSites.write(source, "content/sr/vesti/2023/opasan-naslov.md", "---\n"
                + "title: '" + TITLE + "'\n"
                + "date: 2023-02-01\n"
                + "translationKey: opasan-naslov\n"
                + "summary: '" + SUMMARY + "'\n"
                + "tags: ['<i>oznaka</i>']\n"
                + "---\n\n"
                + "Tekst sa <script>alert(2)</script> u sredini.\n");
        site = TestSites.bake(source, temp.resolve("site"));
    }

    @Test
    void everyTemplateDeclaresItsOutputFormatOnItsFirstLine() throws IOException {
        Path templates = TestSites.projectDir().resolve("templates");
        List<String> names = SiteFolders.files(templates, ".ftl");
        assertTrue(names.size() >= 20, names::toString);
        for (String name : names) {
            String expected = switch (name) {
                case "feed.ftl", "sitemap.ftl" -> "<#ftl output_format=\"XML\">";
                case "robots.ftl" -> "<#ftl output_format=\"plainText\">";
                default -> "<#ftl output_format=\"HTML\">";
            };
            String firstLine = Files.readAllLines(templates.resolve(name), StandardCharsets.UTF_8).get(0);
            assertEquals(expected, firstLine, name);
        }
    }

    @Test
    void noTemplateTurnsEscapingOff() throws IOException {
        Path templates = TestSites.projectDir().resolve("templates");
        for (String name : SiteFolders.files(templates, ".ftl")) {
            String text = Files.readString(templates.resolve(name), StandardCharsets.UTF_8);
            for (String off : List.of("?no_esc", "<#noautoesc", "auto_esc=false", "<#outputformat \"plain")) {
                assertFalse(text.contains(off), name + " contains " + off);
            }
        }
    }

    @Test
    void aTitleWithMarkupIsShownAsTextOnItsPage() {
        Document doc = site.page(PAGE);
        String html = site.text(PAGE);

        assertEquals(SHOWN, doc.selectFirst("h1").text());
        assertTrue(doc.title().startsWith(SHOWN), doc.title());
        assertTrue(doc.select("script:not([type=application/ld+json]), b, img[onerror], i").isEmpty(),
                () -> doc.select("script, b, img, i").toString());
        for (Element data : doc.select("script[type=application/ld+json]")) {
            assertFalse(data.data().contains("<"), "structured data cannot open or close elements: " + data.data());
            assertTrue(data.data().contains("\\u003Cscript\\u003E") || data.data().contains("\\u003cscript\\u003e"),
                    data.data());
        }
        assertTrue(html.contains("&lt;script&gt;alert(„naslov“)&lt;/script&gt; &amp; &lt;b&gt;"), html);
        assertEquals(SUMMARY, doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals(SUMMARY, doc.selectFirst(".article__summary").text());
        assertEquals("<i>oznaka</i>", doc.selectFirst(".tag-list a").text());
        assertTrue(doc.selectFirst(".prose").text().contains("<script>alert(2)</script>"), "body markup is text");
    }

    @Test
    void theCyrillicEditionShowsTheSameMarkupAsTextInCyrillicLetters() {
        Document doc = site.page(CYRILLIC_PAGE);

        String title = doc.selectFirst("h1").text();
        assertTrue(title.startsWith("Упозорење <") && title.endsWith("</б>"), "generated from the Latin: " + title);
        assertTrue(doc.select("script:not([type=application/ld+json]), img[onerror]").isEmpty(),
                () -> doc.select("script, img").toString());
        for (String text : List.of("h1", "meta[name=description]", ".article__summary", ".tag-list a", ".prose p")) {
            assertTrue(doc.selectFirst(text).children().isEmpty(), () -> text + " holds only text: "
                    + doc.selectFirst(text).outerHtml());
        }
        assertTrue(doc.selectFirst(".prose").text().startsWith("Текст са <"), doc.selectFirst(".prose").text());
        for (Element data : doc.select("script[type=application/ld+json]")) {
            assertFalse(data.data().contains("<"), "structured data cannot open or close elements: " + data.data());
        }
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.shared().check(site.bytes(CYRILLIC_PAGE),
                site.urlOf(CYRILLIC_PAGE)).stream().filter(NuHtmlChecker.Message::isError).toList();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void theTitleWithMarkupIsTextInListsAndTheFeed() {
        Element card = site.page("sr/vesti/index.html").selectFirst("main .news-card a[href$=opasan-naslov/]");
        assertNotNull(card);
        assertEquals(SHOWN, card.text());
        assertTrue(site.page("sr/vesti/index.html").select("main script, main b").isEmpty());

        org.w3c.dom.Element feed = XmlFiles.parse("sr/feed.xml", site.bytes("sr/feed.xml")).getDocumentElement();
        org.w3c.dom.Element entry = XmlFiles.children(feed, XmlFiles.ATOM, "entry").get(0);
        assertEquals(SHOWN, XmlFiles.childText(entry, XmlFiles.ATOM, "title"));
        assertEquals(SUMMARY, XmlFiles.childText(entry, XmlFiles.ATOM, "summary"));
    }

    @Test
    void thePageWithMarkupInItsTextIsStillValidHtml() {
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.shared().check(site.bytes(PAGE), site.urlOf(PAGE))
                .stream().filter(NuHtmlChecker.Message::isError).toList();

        assertTrue(errors.isEmpty(), errors::toString);
    }
}
