package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.iom.hub.translit.SerbianTransliterator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rs.iom.hub.pipeline.NavigationIT.CYRL_REPORT;
import static rs.iom.hub.pipeline.NavigationIT.EN_REPORT;
import static rs.iom.hub.pipeline.NavigationIT.SR_REPORT;

/**
 * The Serbian Cyrillic edition of the real site, generated from the Latin sources as {@code hub build} does it,
 * read through the seed report of 4 March 2022: its words, names, date, addresses, interface, feed, sitemap and
 * search index.
 */
@ExtendWith(RealSite.LeftUnchanged.class)
class CyrillicEditionIT {
    private static final String TITLE =
            "Швајцарска подржава јачање институционалних капацитета за управљање миграцијама у Србији";
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern CYRILLIC_LETTER = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    static BakedSite site;

    @BeforeAll
    static void theRealSiteWithItsCyrillicEdition() {
        site = RealSite.get();
    }

    private static Element article(String page) {
        Element article = site.page(page).selectFirst("main article");
        assertNotNull(article, page);
        return article;
    }

    @Test
    void theReportHasItsTitleInCyrillic() {
        Document doc = site.page(CYRL_REPORT);

        assertEquals(TITLE, doc.selectFirst("h1").text());
        assertEquals(TITLE + " | Миграционо партнерство Србија–Швајцарска", doc.title());
        assertEquals("sr-Cyrl", doc.selectFirst("html").attr("lang"));
    }

    @Test
    void theDateIsTheSerbianDateInCyrillicWithAMachineReadableDatetime() {
        Element time = article(CYRL_REPORT).selectFirst("time");

        assertEquals("2022-03-04", time.attr("datetime"));
        assertEquals("4. март 2022.", time.text());
    }

    @Test
    void namesAcronymsAndForeignWordsAreAsTheReaderExpects() {
        String text = article(CYRL_REPORT).text();

        assertTrue(text.contains("управљање миграцијама"), "upravljanje → управљање");
        assertTrue(text.contains("рекао је Richard Kohli, директор"), "a name in the site dictionary stays Latin");
        assertTrue(text.contains("Међународна организација за миграције (IOM),"), "an acronym in the dictionary");
        assertTrue(text.contains("слично „whole-of-government“ приступу"), "a word with w stays Latin");
        assertTrue(text.contains("Министарство унутрашњих послова (МУП), 4. март 2022."), "a Serbian acronym");
        assertTrue(text.contains("навела је Лидија Марковић, шефица"), text);
        assertTrue(text.contains("и Митар Ђурашковић, Национални координатор"), "Đ → Ђ");
        assertTrue(text.contains("Светлана Велимировић") && text.contains("Јасмина Пекмезовић"), text);
        assertFalse(text.contains("upravljanje"), text);
    }

    @Test
    void everyWordOfTheReportIsTheLatinWordInCyrillicOrAWordKeptInLatin() {
        List<String> latin = List.of(article(SR_REPORT).text().split("\\s+"));
        List<String> cyrillic = List.of(article(CYRL_REPORT).text().split("\\s+"));
        SerbianTransliterator back = SerbianTransliterator.standard();

        assertEquals(latin.size(), cyrillic.size(), "word for word");
        Set<String> keptInLatin = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < latin.size(); i++) {
            String l = latin.get(i);
            String c = cyrillic.get(i);
            if (LATIN_LETTER.matcher(c).find()) {
                keptInLatin.add(EDGE_PUNCTUATION.matcher(c).replaceAll(""));
                if (!c.equals(l) || CYRILLIC_LETTER.matcher(c).find()) {
                    wrong.add(l + " → " + c + " (a word kept in Latin must be kept as written)");
                }
            } else if (!back.toLatin(c).equals(l)) {
                wrong.add(l + " → " + c + " (read back as " + back.toLatin(c) + ")");
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(Set.of("IOM", "Richard", "Kohli", "whole-of-government"), keptInLatin);
    }

    @Test
    void theThreeEditionsOfTheReportNameEachOtherAsAlternatesAndThemselvesAsCanonical() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sr-Latn", site.urlOf(SR_REPORT));
        expected.put("sr-Cyrl", site.urlOf(CYRL_REPORT));
        expected.put("en", site.urlOf(EN_REPORT));
        for (String page : List.of(SR_REPORT, CYRL_REPORT, EN_REPORT)) {
            Map<String, String> alternates = new LinkedHashMap<>();
            for (Element link : site.page(page).select("head link[rel=alternate][hreflang]")) {
                alternates.put(link.attr("hreflang"), link.attr("href"));
            }
            assertEquals(expected, alternates, page);
            assertEquals(site.urlOf(page), site.page(page).selectFirst("link[rel=canonical]").attr("href"), page);
        }
    }

    @Test
    void addressesStayAsciiAndTheCyrillicEditionMirrorsTheLatinOne() {
        assertEquals(site.basePath() + "sr-cyrl/vesti/2022/"
                + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/", site.pathOf(CYRL_REPORT));
        List<String> latinFiles = site.files().stream().filter(f -> f.startsWith("sr/"))
                .map(f -> f.substring("sr/".length())).toList();
        List<String> cyrillicFiles = site.files().stream().filter(f -> f.startsWith("sr-cyrl/"))
                .map(f -> f.substring("sr-cyrl/".length())).toList();
        assertEquals(latinFiles, cyrillicFiles, "the same files under sr-cyrl/ as under sr/");
        cyrillicFiles.forEach(f -> assertTrue(f.chars().allMatch(ch -> ch < 128), f));

        for (Element e : site.page(CYRL_REPORT).select("[href], [src], [action]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
            assertTrue(url.chars().allMatch(ch -> ch < 128), () -> "ASCII address: " + e.outerHtml());
        }
        assertEquals(internalAddresses(SR_REPORT), internalAddresses(CYRL_REPORT).stream()
                .map(url -> url.replace("/sr-cyrl/", "/sr/")).toList(), "the same links, in the same order");
    }

    /** The addresses a page links to, but for those that name the editions themselves (switcher, alternates). */
    private static List<String> internalAddresses(String page) {
        Document doc = site.page(page).clone();
        doc.select(".language-switcher, link[hreflang], link[rel=canonical]").remove();
        return doc.select("a[href], link[href], img[src], form[action]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action"))
                .toList();
    }

    @Test
    void theInterfaceSpeaksCyrillicAndTheSwitcherNamesEachEditionInItsOwnScript() {
        Document doc = site.page(CYRL_REPORT);

        List<String> menu = doc.select(".site-navigation__link").eachText();
        assertEquals(List.of("Почетна", "Вести", "О пројекту", "Партнери", "Активности и приоритети за 2022. годину",
                "Документи", "Контакт"), menu);
        assertEquals("Пређи на главни садржај", doc.selectFirst(".skip-link").text());
        assertEquals("Ознаке", doc.selectFirst(".article__tags-title").text());
        Element header = doc.selectFirst(".site-header").clone();
        header.select(".language-switcher").remove();
        assertFalse(LATIN_LETTER.matcher(header.text()).find(), header.text());
        for (String page : List.of(SR_REPORT, CYRL_REPORT, EN_REPORT)) {
            SwitcherEntries switcher = new SwitcherEntries(site.page(page).select(
                    ".language-switcher__item > :first-child > [lang]"));
            assertEquals(List.of("Latinica", "Ћирилица", "English"), switcher.texts(), page);
            assertEquals(List.of("sr-Latn", "sr-Cyrl", "en"), switcher.langs(), page);
        }
        // screen readers also hear each edition's name in the page's language
        assertEquals(List.of("– Serbian (Latin)", "– Serbian (Cyrillic)"), site.page(EN_REPORT)
                .select(".language-switcher .visually-hidden").eachText());
        assertEquals(List.of("– Srpski (latinica)", "– Srpski (ćirilica)", "– Engleski"), site.page(SR_REPORT)
                .select(".language-switcher .visually-hidden").eachText());
        Element current = doc.selectFirst(".language-switcher__current");
        assertEquals("Ћирилица – Српски (ћирилица)", current.text());
    }

    /** The first element of each switcher entry: a link, or the current edition. */
    private record SwitcherEntries(List<Element> list) {
        List<String> texts() {
            return list.stream().map(Element::text).toList();
        }

        List<String> langs() {
            return list.stream().map(e -> e.attr("lang")).toList();
        }
    }

    @Test
    void theCyrillicFeedIsSerbianCyrillicWithCyrillicTitlesAndAsciiLinks() {
        org.w3c.dom.Document feed = XmlFiles.parse("sr-cyrl/feed.xml", site.bytes("sr-cyrl/feed.xml"));
        org.w3c.dom.Element root = feed.getDocumentElement();

        assertEquals("sr-Cyrl", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("Вести – Јачање капацитета и партнерстава за управљање миграцијама у Србији",
                XmlFiles.childText(root, XmlFiles.ATOM, "title"));
        List<org.w3c.dom.Element> entries = XmlFiles.children(root, XmlFiles.ATOM, "entry");
        assertEquals(1, entries.size());
        org.w3c.dom.Element entry = entries.get(0);
        assertEquals(TITLE, XmlFiles.childText(entry, XmlFiles.ATOM, "title"));
        org.w3c.dom.Element link = XmlFiles.children(entry, XmlFiles.ATOM, "link").get(0);
        assertEquals(site.urlOf(CYRL_REPORT), link.getAttribute("href"));
    }

    @Test
    void theSitemapListsEveryCyrillicPageWithItsAlternates() {
        org.w3c.dom.Document sitemap = XmlFiles.parse("sitemap.xml", site.bytes("sitemap.xml"));
        Map<String, Map<String, String>> alternates = new LinkedHashMap<>();
        for (org.w3c.dom.Element url : XmlFiles.children(sitemap.getDocumentElement(), XmlFiles.SITEMAP, "url")) {
            Map<String, String> links = new LinkedHashMap<>();
            for (org.w3c.dom.Element link : XmlFiles.children(url, XmlFiles.XHTML, "link")) {
                links.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            alternates.put(XmlFiles.childText(url, XmlFiles.SITEMAP, "loc"), links);
        }

        assertEquals(Map.of("sr-Latn", site.urlOf(SR_REPORT), "sr-Cyrl", site.urlOf(CYRL_REPORT),
                "en", site.urlOf(EN_REPORT)), alternates.get(site.urlOf(CYRL_REPORT)));
        Set<String> cyrillicPages = new TreeSet<>();
        for (String page : site.htmlPages()) {
            if (page.startsWith("sr-cyrl/") && !page.endsWith("404.html")) {
                cyrillicPages.add(site.urlOf(page));
            }
        }
        Set<String> listed = new TreeSet<>(alternates.keySet().stream()
                .filter(url -> url.startsWith(site.urlOf("sr-cyrl/index.html"))).toList());
        assertEquals(cyrillicPages, listed);
        for (String url : listed) {
            assertEquals(url, alternates.get(url).get("sr-Cyrl"), url + " names itself as the sr-Cyrl alternate");
        }
    }

    @Test
    void theCyrillicSearchIndexHoldsLatinFoldedTermsSoThatEitherScriptFindsTheReport() {
        String meta = site.text("sr-cyrl/search-index/meta.json");
        assertTrue(meta.contains("\"up\""), "the shard of the terms starting with 'up' (upravljanje): " + meta);
        assertFalse(CYRILLIC_LETTER.matcher(meta).find(), meta);
        String shard = site.text("sr-cyrl/search-index/t-up.json");
        Matcher postings = Pattern.compile("\"upravljanje\":\\[(\\d+),").matcher(shard);
        assertTrue(postings.find(), shard);
        assertEquals("0", postings.group(1), "the report, first document of the index");
        String documents = site.text("sr-cyrl/search-index/d-0.json");
        assertTrue(documents.startsWith("[[\"" + site.pathOf(CYRL_REPORT) + "\",\"" + TITLE + "\""), documents);
        for (String file : site.files()) {
            if (file.startsWith("sr-cyrl/search-index/t-")) {
                Matcher term = Pattern.compile("\"([^\"]+)\":\\[").matcher(site.text(file));
                while (term.find()) {
                    assertFalse(CYRILLIC_LETTER.matcher(term.group(1)).find(), file + ": " + term.group(1));
                }
            }
        }
    }
}
