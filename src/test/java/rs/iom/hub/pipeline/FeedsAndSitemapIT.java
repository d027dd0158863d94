package rs.iom.hub.pipeline;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom feeds of the editions and the sitemap, read with the JDK's XML parser. The feeds are checked on the real
 * site and on a copy of it with more news (several dates, one day with two items, one item in the future).
 */
@ExtendWith(RealSite.LeftUnchanged.class)
class FeedsAndSitemapIT {
    private static final Map<String, String> FEEDS = Map.of("sr/feed.xml", "sr-Latn", "sr-cyrl/feed.xml", "sr-Cyrl",
            "en/feed.xml", "en");

    @TempDir
    static Path temp;
    static BakedSite site;
    static BakedSite busy;

    @BeforeAll
    static void theRealSiteAndABusyCopy() {
        site = RealSite.get();
        Path source = TestSites.copyOfRealSite(temp.resolve("busy-source"));
        String[] days = {"2023-05-10", "2022-11-30", "2023-05-10", "2024-12-31", "2021-01-02"};
        for (int i = 0; i < days.length; i++) {
            LocalDate date = LocalDate.parse(days[i]);
            TestSites.writeNews(source, "content/sr/vesti/" + date.getYear() + "/vest-" + i + ".md",
                    "Vest " + i, date, "feed-test-" + i, "Tekst vesti " + i + ".");
            TestSites.writeNews(source, "content/en/news/" + date.getYear() + "/item-" + i + ".md",
                    "Item " + i, date, "feed-test-" + i, "Text of item " + i + ".");
        }
        TestSites.writeNews(source, "content/sr/vesti/2025/buducnost.md", "Buduća vest",
                TestSites.TODAY.plusDays(1), "feed-test-future", "Još nije objavljena.");
        busy = TestSites.bake(source, temp.resolve("busy"));
    }

    private static org.w3c.dom.Element feed(BakedSite baked, String file) {
        org.w3c.dom.Element root = XmlFiles.parse(file, baked.bytes(file)).getDocumentElement();
        assertEquals(XmlFiles.ATOM, root.getNamespaceURI(), file + " is an Atom feed");
        assertEquals("feed", root.getLocalName(), file);
        return root;
    }

    private static List<org.w3c.dom.Element> entries(org.w3c.dom.Element feed) {
        return XmlFiles.children(feed, XmlFiles.ATOM, "entry");
    }

    private static String entryUrl(org.w3c.dom.Element entry) {
        List<org.w3c.dom.Element> links = XmlFiles.children(entry, XmlFiles.ATOM, "link");
        assertEquals(1, links.size());
        return links.get(0).getAttribute("href");
    }

    @Test
    void eachFeedIsAnAtomFeedOfItsEditionInItsLanguage() {
        for (BakedSite baked : List.of(site, busy)) {
            for (Map.Entry<String, String> f : FEEDS.entrySet()) {
                org.w3c.dom.Element feed = feed(baked, f.getKey());
                String prefix = TestSites.BASE_URL + f.getKey().substring(0, f.getKey().indexOf('/') + 1);
                assertEquals(f.getValue(), feed.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang"), f.getKey());
                assertEquals(TestSites.BASE_URL + f.getKey(), XmlFiles.childText(feed, XmlFiles.ATOM, "id"));
                assertFalse(XmlFiles.childText(feed, XmlFiles.ATOM, "title").isBlank());
                OffsetDateTime.parse(XmlFiles.childText(feed, XmlFiles.ATOM, "updated"));
                List<org.w3c.dom.Element> entries = entries(feed);
                assertFalse(entries.isEmpty(), f.getKey());
                for (org.w3c.dom.Element entry : entries) {
                    String url = entryUrl(entry);
                    assertTrue(url.startsWith(prefix), f.getKey() + " holds " + url + ", not under " + prefix);
                    assertEquals(url, XmlFiles.childText(entry, XmlFiles.ATOM, "id"));
                    assertTrue(baked.fileOf(url).map(baked::exists).orElse(false), url + " is a page of the site");
                    assertFalse(XmlFiles.childText(entry, XmlFiles.ATOM, "title").isBlank());
                    OffsetDateTime.parse(XmlFiles.childText(entry, XmlFiles.ATOM, "updated"));
                }
            }
        }
    }

    @Test
    void theRealFeedsHoldTheSeedReport() {
        org.w3c.dom.Element sr = entries(feed(site, "sr/feed.xml")).get(0);
        assertEquals("Švajcarska podržava jačanje institucionalnih kapaciteta za upravljanje migracijama u Srbiji",
                XmlFiles.childText(sr, XmlFiles.ATOM, "title"));
        assertEquals(site.urlOf(NavigationIT.SR_REPORT), entryUrl(sr));
        assertEquals("2022-03-04T00:00:00Z", XmlFiles.childText(sr, XmlFiles.ATOM, "updated"));
        org.w3c.dom.Element en = entries(feed(site, "en/feed.xml")).get(0);
        assertEquals(site.urlOf(NavigationIT.EN_REPORT), entryUrl(en));
    }

    @Test
    void feedEntriesAreNewestFirstAndTheFeedIsAsRecentAsItsNewestEntry() {
        for (String file : FEEDS.keySet()) {
            org.w3c.dom.Element feed = feed(busy, file);
            List<org.w3c.dom.Element> entries = entries(feed);
            assertEquals(6, entries.size(), file + ": five generated items and the seed report");
            List<OffsetDateTime> dates = entries.stream()
                    .map(e -> OffsetDateTime.parse(XmlFiles.childText(e, XmlFiles.ATOM, "updated"))).toList();
            for (int i = 1; i < dates.size(); i++) {
                assertFalse(dates.get(i).isAfter(dates.get(i - 1)), file + ": entries newest first " + dates);
            }
            assertEquals(dates.get(0), OffsetDateTime.parse(XmlFiles.childText(feed, XmlFiles.ATOM, "updated")));
            assertEquals(OffsetDateTime.parse("2024-12-31T00:00:00Z"), dates.get(0));
            Set<String> ids = new HashSet<>();
            entries.forEach(e -> assertTrue(ids.add(XmlFiles.childText(e, XmlFiles.ATOM, "id")), "unique ids"));
        }
    }

    @Test
    void feedsLeaveOutNewsDatedAfterTheBuildDay() {
        String feed = busy.text("sr/feed.xml");

        assertFalse(feed.contains("buducnost"), "a scheduled item is not published before its day");
        assertFalse(busy.exists("sr/vesti/2025/buducnost/index.html"));
    }

    /** The sitemap's URLs, each with its alternates by hreflang. */
    private static Map<String, Map<String, String>> sitemap(BakedSite baked) {
        org.w3c.dom.Element root = XmlFiles.parse("sitemap.xml", baked.bytes("sitemap.xml")).getDocumentElement();
        assertEquals(XmlFiles.SITEMAP, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        Map<String, Map<String, String>> urls = new LinkedHashMap<>();
        for (org.w3c.dom.Element url : XmlFiles.children(root, XmlFiles.SITEMAP, "url")) {
            Map<String, String> alternates = new LinkedHashMap<>();
            for (org.w3c.dom.Element link : XmlFiles.children(url, XmlFiles.XHTML, "link")) {
                assertEquals("alternate", link.getAttribute("rel"));
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            String loc = XmlFiles.childText(url, XmlFiles.SITEMAP, "loc");
            assertEquals(null, urls.put(loc, alternates), loc + " is listed once");
        }
        return urls;
    }

    @Test
    void theSitemapListsEveryPageExceptTheNotFoundPagesAndTheRootRedirect() {
        for (BakedSite baked : List.of(site, busy)) {
            Set<String> expected = new TreeSet<>();
            for (String page : baked.htmlPages()) {
                if (!page.endsWith("404.html") && !page.equals("index.html")) {
                    expected.add(baked.urlOf(page));
                }
            }
            assertEquals(expected, new TreeSet<>(sitemap(baked).keySet()));
        }
    }

    @Test
    void everySitemapEntryHasTheHreflangAlternatesOfItsPage() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> url : sitemap(site).entrySet()) {
            String page = site.fileOf(url.getKey()).orElseThrow();
            Map<String, String> inPage = new LinkedHashMap<>();
            for (Element link : site.page(page).select("head link[rel=alternate][hreflang]")) {
                inPage.put(link.attr("hreflang"), link.attr("href"));
            }
            if (!inPage.equals(url.getValue())) {
                problems.add(url.getKey() + ": sitemap " + url.getValue() + ", page " + inPage);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n  ", problems));
        assertEquals(Map.of("sr-Latn", site.urlOf(NavigationIT.SR_REPORT),
                        "sr-Cyrl", site.urlOf(NavigationIT.CYRL_REPORT), "en", site.urlOf(NavigationIT.EN_REPORT)),
                sitemap(site).get(site.urlOf(NavigationIT.SR_REPORT)));
    }

    @Test
    void robotsTxtPointsToTheSitemap() {
        assertTrue(site.text("robots.txt").lines().anyMatch(l -> l.equals("Sitemap: " + TestSites.BASE_URL
                + "sitemap.xml")), site.text("robots.txt"));
    }
}
