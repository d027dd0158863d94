package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real templates and settings with 25 generated news items per language and ten news per list page. */
class PaginationIT {
    private static final int ITEMS = 25;
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

    @TempDir
    static Path temp;
    static BakedSite site;

    /** One edition: its news list folder, its page folder name and the folder of its items. */
    record Edition(String list, String page, String items) {
        String listPage(int n) {
            return n == 1 ? list + "index.html" : list + page + "/" + n + "/index.html";
        }
    }

    static final Edition SR = new Edition("sr/vesti/", "strana", "sr/vesti/2023/");
    static final Edition EN = new Edition("en/news/", "page", "en/news/2023/");

    @BeforeAll
    static void bakeTwentyFiveNewsPerLanguage() {
        Path source = TestSites.copyOfRealSite(temp.resolve("source"), false);
        TestSites.setProperty(source, "hub.news.per-page", "10");
        for (int i = 1; i <= ITEMS; i++) {
            LocalDate date = FIRST.plusDays(3L * i);
            String n = String.format("%02d", i);
            TestSites.writeNews(source, "content/sr/vesti/2023/vest-" + n + ".md", "Vest broj " + n, date,
                    "vest-" + n, "Tekst vesti broj " + n + ".");
            TestSites.writeNews(source, "content/en/news/2023/item-" + n + ".md", "News item " + n, date,
                    "vest-" + n, "Text of news item " + n + ".");
        }
        site = TestSites.bake(source, temp.resolve("site"));
    }

    private static String rel(Document doc, String rel) {
        Element link = doc.selectFirst("nav.pagination a[rel=" + rel + "]");
        return link == null ? null : link.attr("href");
    }

    @Test
    void theNewsListHasThreePagesOfTenTenAndFive() {
        for (Edition edition : List.of(SR, EN)) {
            assertEquals(List.of(10, 10, 5), List.of(1, 2, 3).stream()
                    .map(n -> site.page(edition.listPage(n)).select("main .news-card").size()).toList());
            assertFalse(site.exists(edition.listPage(4)), edition.listPage(4));
            assertFalse(site.exists(edition.list + edition.page + "/1/index.html"), "page 1 is the list itself");
        }
    }

    @Test
    void listPagesLinkToTheirPreviousAndNextPage() {
        for (Edition edition : List.of(SR, EN)) {
            Document first = site.page(edition.listPage(1));
            Document second = site.page(edition.listPage(2));
            Document third = site.page(edition.listPage(3));

            assertNull(rel(first, "prev"), edition.listPage(1));
            assertEquals(site.pathOf(edition.listPage(2)), rel(first, "next"));
            assertEquals(site.pathOf(edition.listPage(1)), rel(second, "prev"));
            assertEquals(site.pathOf(edition.listPage(3)), rel(second, "next"));
            assertEquals(site.pathOf(edition.listPage(2)), rel(third, "prev"));
            assertNull(rel(third, "next"), edition.listPage(3));
            for (int n = 1; n <= 3; n++) {
                Document doc = site.page(edition.listPage(n));
                assertEquals(String.valueOf(n), doc.selectFirst("nav.pagination [aria-current=page]").text()
                        .replaceAll("\\D", ""), edition.listPage(n) + " marks itself");
                assertEquals(2, doc.select("nav.pagination a:not([rel])").size(), "links to the two other pages");
            }
        }
    }

    @Test
    void theListPagesShowTheNewsNewestFirstWithoutGapsOrRepeats() {
        for (Edition edition : List.of(SR, EN)) {
            List<String> shown = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                shown.addAll(site.page(edition.listPage(n)).select("main .news-card time").eachAttr("datetime"));
            }
            List<String> expected = new ArrayList<>();
            for (int i = ITEMS; i >= 1; i--) {
                expected.add(FIRST.plusDays(3L * i).toString());
            }
            assertEquals(expected, shown, edition.list);
        }
    }

    @Test
    void laterListPagesHaveTitlesOfTheirOwnAndAlternatesInTheOtherLanguage() {
        Document second = site.page(SR.listPage(2));

        assertEquals("Vesti – strana 2 od 3", second.selectFirst("h1").text());
        assertEquals(site.urlOf(EN.listPage(2)), second.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals(site.urlOf(SR.listPage(2)), second.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void paginatedListsAndNewsItemsWithNeighboursAreValidHtml() {
        List<String> pages = new ArrayList<>();
        for (Edition edition : List.of(SR, EN)) {
            for (int n = 1; n <= 3; n++) {
                pages.add(edition.listPage(n));
            }
            pages.add(edition.items + (edition == SR ? "vest-12" : "item-12") + "/index.html");
        }
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            NuHtmlChecker.shared().check(site.bytes(page), site.urlOf(page)).stream()
                    .filter(NuHtmlChecker.Message::isError).forEach(m -> errors.add(page + ":" + m));
        }
        assertTrue(errors.isEmpty(), () -> String.join("\n  ", errors));
    }

    @Test
    void previousAndNextOnNewsItemsStayWithinTheLanguage() {
        for (Edition edition : List.of(SR, EN)) {
            List<String> items = site.htmlPages().stream().filter(p -> p.startsWith(edition.items)).toList();
            assertEquals(ITEMS, items.size(), edition.items);
            for (String item : items) {
                for (Element link : site.page(item).select("nav.document-navigation a")) {
                    String target = site.resolve(link.attr("href"), item).file();
                    assertTrue(target.startsWith(edition.items), item + " links " + target + " in another edition");
                    assertTrue(site.exists(target), target);
                }
            }
        }
    }

    @Test
    void followingOlderFromTheNewestItemVisitsEveryItemInOrder() {
        for (Edition edition : List.of(SR, EN)) {
            String newest = site.resolve(site.page(edition.listPage(1)).selectFirst("main .news-card a")
                    .attr("href"), edition.listPage(1)).file();
            assertNull(site.page(newest).selectFirst("nav.document-navigation a[rel=next]"), "nothing is newer");
            List<String> dates = new ArrayList<>();
            String current = newest;
            String previous = null;
            while (current != null) {
                Document doc = site.page(current);
                dates.add(doc.selectFirst("article time").attr("datetime"));
                if (previous != null) {
                    Element newer = doc.selectFirst("nav.document-navigation a[rel=next]");
                    assertNotNull(newer, current);
                    assertEquals(site.pathOf(previous), newer.attr("href"), "newer leads back");
                }
                Element older = doc.selectFirst("nav.document-navigation a[rel=prev]");
                previous = current;
                current = older == null ? null : site.resolve(older.attr("href"), current).file();
            }
            assertEquals(ITEMS, dates.size(), edition.items);
            assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        }
    }
}
