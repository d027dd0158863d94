package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links between the pages of the real site, baked under a sub-path ({@code https://example.org/hub/}): internal
 * links and fragments, hreflang alternates, the language switcher, the root page and the 404 pages.
 */
@ExtendWith(RealSite.LeftUnchanged.class)
class NavigationIT {
    static final String SR_REPORT =
            "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/index.html";
    static final String CYRL_REPORT =
            "sr-cyrl/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/index.html";
    static final String EN_REPORT =
            "en/news/2022/switzerland-supports-capacity-building-for-migration-management/index.html";
    static final Set<String> HOMES = Set.of("index.html", "sr/index.html", "sr-cyrl/index.html", "en/index.html");
    static final Set<String> NOT_FOUND_PAGES = Set.of("404.html", "sr/404.html", "sr-cyrl/404.html", "en/404.html");
    /** The folder of each edition's pages, by the language tag of the edition. */
    static final Map<String, String> EDITION_FOLDERS = Map.of("sr-Latn", "sr/", "sr-Cyrl", "sr-cyrl/", "en", "en/");

    static BakedSite site;

    @BeforeAll
    static void theRealSite() {
        site = RealSite.get();
    }

    private static List<Element> linking(Document page) {
        return SiteLinks.linking(page);
    }

    private static String urlAttribute(Element e) {
        return SiteLinks.url(e);
    }

    @Test
    void everyInternalLinkLeadsToAFileOfTheSite() {
        SiteLinks.Report report = SiteLinks.files(site);

        assertTrue(report.checked() > 500, "the whole site was checked (" + report.checked() + " links)");
        assertTrue(report.broken().isEmpty(), report::describe);
    }

    @Test
    void everyFragmentPointsToAnIdOnItsTargetPage() {
        SiteLinks.Report report = SiteLinks.fragments(site);

        assertTrue(report.checked() >= site.htmlPages().size(), "every page has at least its skip link ("
                + report.checked() + ")");
        assertTrue(report.broken().isEmpty(), report::describe);
    }

    @Test
    void pagesLinkWithBasePathUrlsThatWorkAtAnyDepth() {
        List<String> relative = new ArrayList<>();
        for (String page : site.htmlPages()) {
            for (Element e : linking(site.page(page))) {
                String url = urlAttribute(e);
                if (!(url.startsWith(site.basePath()) || url.startsWith("#") || url.matches("^[a-z][a-z0-9+.-]*:.*"))) {
                    relative.add(page + ": " + e.tagName() + " '" + url + "'");
                }
            }
        }
        assertTrue(relative.isEmpty(), () -> "URLs that depend on the page's folder:\n  "
                + String.join("\n  ", relative));
    }

    /** The hreflang alternates of a page, by hreflang (a page listing one hreflang twice fails). */
    private static Map<String, String> alternates(String page) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element link : site.page(page).select("head link[rel=alternate][hreflang]")) {
            String previous = result.put(link.attr("hreflang"), link.attr("href"));
            assertEquals(null, previous, page + " lists hreflang " + link.attr("hreflang") + " twice");
        }
        return result;
    }

    @Test
    void everyHreflangAlternateIsAnExistingPageThatListsTheSameSet() {
        List<String> problems = new ArrayList<>();
        int pagesWithAlternates = 0;
        for (String page : site.htmlPages()) {
            Map<String, String> set = alternates(page);
            if (set.isEmpty()) {
                continue;
            }
            pagesWithAlternates++;
            for (Map.Entry<String, String> alternate : set.entrySet()) {
                Optional<String> file = site.fileOf(alternate.getValue());
                if (file.isEmpty() || !site.exists(file.get())) {
                    problems.add(page + ": " + alternate + " is not a page of the site");
                    continue;
                }
                Map<String, String> theirs = alternates(file.get());
                if (!theirs.equals(set)) {
                    problems.add(page + " lists " + set + " but " + file.get() + " lists " + theirs);
                }
            }
        }
        assertTrue(pagesWithAlternates >= 20, "most pages have translations (" + pagesWithAlternates + ")");
        assertTrue(problems.isEmpty(), () -> String.join("\n  ", problems));
    }

    @Test
    void everyPageWithAlternatesListsItselfUnderItsOwnLanguage() {
        List<String> problems = new ArrayList<>();
        for (String page : site.htmlPages()) {
            Map<String, String> set = alternates(page);
            if (set.isEmpty()) {
                continue;
            }
            String lang = page.equals("index.html") ? "x-default" : site.page(page).selectFirst("html").attr("lang");
            if (!site.urlOf(page).equals(set.get(lang))) {
                problems.add(page + " (" + lang + ") lists " + set);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n  ", problems));
    }

    @Test
    void xDefaultIsOnlyOnTheRootAndHomePagesAndPointsToTheRoot() {
        List<String> withXDefault = new ArrayList<>();
        for (String page : site.htmlPages()) {
            String xDefault = alternates(page).get("x-default");
            if (xDefault != null) {
                withXDefault.add(page);
                assertEquals(TestSites.BASE_URL, xDefault, page);
            }
        }
        assertEquals(Set.copyOf(HOMES), Set.copyOf(withXDefault));
    }

    @Test
    void theSwitcherOnTheSeedReportLeadsToTheOtherEditionsOfTheReportAndBack() {
        Element toEnglish = switcherLink(SR_REPORT, "en");
        assertEquals(site.pathOf(EN_REPORT), toEnglish.attr("href"));
        assertEquals("English", toEnglish.child(0).text());
        Element toCyrillic = switcherLink(SR_REPORT, "sr-Cyrl");
        assertEquals(site.pathOf(CYRL_REPORT), toCyrillic.attr("href"));
        assertEquals("Ћирилица", toCyrillic.child(0).text());

        Element toSerbian = switcherLink(EN_REPORT, "sr-Latn");
        assertEquals(site.pathOf(SR_REPORT), toSerbian.attr("href"));
        assertEquals("Latinica", toSerbian.child(0).text());
        assertEquals(site.pathOf(SR_REPORT), switcherLink(CYRL_REPORT, "sr-Latn").attr("href"));
        assertEquals(site.pathOf(EN_REPORT), switcherLink(CYRL_REPORT, "en").attr("href"));

        for (String page : List.of(SR_REPORT, CYRL_REPORT, EN_REPORT)) {
            Element nav = site.page(page).selectFirst("nav.language-switcher");
            assertNotNull(nav, page);
            assertTrue(nav.select(".language-switcher__note").isEmpty(), "translated pages need no note");
            Element current = nav.selectFirst("[aria-current]");
            assertNotNull(current, page + " marks the current edition");
            assertEquals("span", current.tagName(), "the current edition is not a link");
            assertEquals(site.page(page).selectFirst("html").attr("lang"), current.child(0).attr("lang"));
        }
    }

    @Test
    void switcherLinksCarryLangAndHreflangOfTheirEdition() {
        int links = 0;
        for (String page : site.htmlPages()) {
            for (Element link : site.page(page).select("nav.language-switcher a")) {
                links++;
                // the edition's own name carries its language; the name in the page's language follows, hidden
                String lang = link.child(0).attr("lang");
                assertFalse(lang.isEmpty(), page + ": " + link);
                assertEquals(lang, link.attr("hreflang"), page + ": " + link);
                String target = site.resolve(link.attr("href"), page).file();
                String expectedPrefix = EDITION_FOLDERS.get(lang);
                assertTrue(target.startsWith(expectedPrefix), page + ": " + link + " leads to " + target);
            }
        }
        assertEquals(2 * site.htmlPages().size(), links, "two switcher links (to the other editions) on every page");
    }

    private static Element switcherLink(String page, String hreflang) {
        Element link = site.page(page).selectFirst("nav.language-switcher a[hreflang=" + hreflang + "]");
        assertNotNull(link, page + " has a switcher link to " + hreflang);
        assertEquals(hreflang, link.child(0).attr("lang"));
        return link;
    }

    @Test
    void theRootPageSendsReadersToTheDefaultEditionAndLinksEveryEdition() {
        Document root = site.page("index.html");

        Element refresh = root.selectFirst("head meta[http-equiv=refresh]");
        assertNotNull(refresh, "the root page redirects without JavaScript");
        assertEquals("0; url=" + site.basePath() + "sr/", refresh.attr("content"));
        List<String> editions = root.select("main a[hreflang]").eachAttr("href");
        assertEquals(List.of(site.basePath() + "sr/", site.basePath() + "sr-cyrl/", site.basePath() + "en/"), editions);
        assertEquals(TestSites.BASE_URL, alternates("index.html").get("x-default"));
        assertEquals(TestSites.BASE_URL, root.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(root.select("meta[http-equiv=refresh]").stream().allMatch(m -> m.parent().tagName().equals("head")));
    }

    @Test
    void theOtherPagesDoNotRedirect() {
        for (String page : site.htmlPages()) {
            if (!page.equals("index.html")) {
                assertTrue(site.page(page).select("meta[http-equiv=refresh]").isEmpty(), page);
            }
        }
    }

    @Test
    void notFoundPagesUseOnlyBasePathUrlsSoTheyWorkAtAnyDepth() {
        assertEquals(NOT_FOUND_PAGES, Set.copyOf(site.htmlPages().stream().filter(p -> p.endsWith("404.html")).toList()));
        for (String page : NOT_FOUND_PAGES) {
            Document doc = site.page(page);
            List<String> urls = new ArrayList<>();
            doc.select("[href], [src]").forEach(e -> urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src")));
            assertFalse(urls.isEmpty());
            for (String url : urls) {
                assertTrue(url.startsWith(site.basePath()) || url.equals("#main") || url.startsWith("https://") || url.startsWith("http://"),
                        page + ": '" + url + "' would break when served for a missing address at another depth");
            }
            assertNotNull(doc.selectFirst("head meta[name=robots][content=noindex]"), page);
            assertTrue(doc.select("link[rel=canonical], link[hreflang]").isEmpty(), page + " has no address of its own");
        }
    }

    @Test
    void theRootNotFoundPageSpeaksEveryLanguage() {
        Document doc = site.page("404.html");

        assertEquals("sr-Latn", doc.selectFirst("html").attr("lang"));
        Element english = doc.selectFirst("main section[lang=en]");
        assertNotNull(english, "the English text is marked as English");
        assertEquals(site.basePath() + "en/", english.selectFirst("a").attr("href"));
        assertEquals(site.basePath() + "sr/", doc.selectFirst("main > div > p > a, main p a").attr("href"));
    }
}
