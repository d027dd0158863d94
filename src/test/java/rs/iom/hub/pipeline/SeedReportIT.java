package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rs.iom.hub.pipeline.NavigationIT.EN_REPORT;
import static rs.iom.hub.pipeline.NavigationIT.SR_REPORT;

/** The first content of the site, the Steering Board report of 4 March 2022, in both languages. */
@ExtendWith(RealSite.LeftUnchanged.class)
class SeedReportIT {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    static BakedSite site;

    @BeforeAll
    static void theRealSite() {
        site = RealSite.get();
    }

    private static Element article(String page) {
        Element article = site.page(page).selectFirst("main article");
        assertNotNull(article, page);
        return article;
    }

    @Test
    void theSerbianReportHasItsTitleAndSerbianDate() {
        Document doc = site.page(SR_REPORT);

        assertEquals("Švajcarska podržava jačanje institucionalnih kapaciteta za upravljanje migracijama u Srbiji",
                doc.selectFirst("h1").text());
        Element time = article(SR_REPORT).selectFirst("time");
        assertEquals("2022-03-04", time.attr("datetime"));
        assertEquals("4. mart 2022.", time.text());
        assertTrue(doc.title().startsWith("Švajcarska podržava jačanje"), doc.title());
    }

    @Test
    void theEnglishReportHasItsTitleAndEnglishDate() {
        Document doc = site.page(EN_REPORT);

        assertEquals("Switzerland supports strengthening institutional capacities for migration management in Serbia",
                doc.selectFirst("h1").text());
        Element time = article(EN_REPORT).selectFirst("time");
        assertEquals("2022-03-04", time.attr("datetime"));
        assertEquals("4 March 2022", time.text());
    }

    @Test
    void theSerbianTextIsInLatinScriptWithoutASingleCyrillicLetter() {
        Document doc = site.page(SR_REPORT);
        String text = article(SR_REPORT).text();

        assertTrue(text.contains("upravljanje"), "the report speaks of migration management");
        assertTrue(text.contains("upravljanje migracijama"), text);
        // The whole page, but for the switcher's link to the Cyrillic edition, which is written in Cyrillic.
        Document withoutSwitcher = doc.clone();
        withoutSwitcher.select(".language-switcher [lang=sr-Cyrl]").remove();
        for (String part : List.of(withoutSwitcher.outerHtml(), text, doc.title())) {
            Matcher cyrillic = CYRILLIC.matcher(part);
            assertFalse(cyrillic.find(), () -> "Cyrillic '" + cyrillic.group() + "' in the Serbian Latin page near: "
                    + part.substring(Math.max(0, cyrillic.start() - 30), Math.min(part.length(), cyrillic.end() + 30)));
        }
    }

    @Test
    void theSerbianSourceIsInLatinScriptToo() throws Exception {
        Path source = TestSites.projectDir().resolve("content/sr/vesti/2022/"
                + "svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama.md");
        String text = java.nio.file.Files.readString(source);

        assertFalse(CYRILLIC.matcher(text).find(), "Cyrillic letters hidden in Latin words (such as ј for j)");
    }

    @Test
    void theQuotesKeepTheirSpeakersAndSerbianQuotationMarks() {
        String text = article(SR_REPORT).text();

        assertTrue(text.contains("„Projekat Migracionog partnerstva, koji se realizuje uz podršku Švajcarske"), text);
        assertTrue(text.contains("posebno mešoviti migracioni tokovi“, navela je Lidija Marković"), text);
        assertTrue(text.contains("„Ovaj projekat je deo Migracionog partnerstva"), text);
        assertTrue(text.contains("rekao je Richard Kohli, direktor Švajcarske kancelarije za saradnju u Srbiji"), text);
        assertFalse(text.contains("\""), "straight quotes were made typographic");
    }

    @Test
    void theEnglishQuotesKeepTheirSpeakersAndEnglishQuotationMarks() {
        String text = article(EN_REPORT).text();

        assertTrue(text.contains("“The Migration Partnership project, implemented with the support of Switzerland"),
                text);
        assertTrue(text.contains("said Lidija Marković, Head of Office"), text);
        assertTrue(text.contains("said Richard Kohli, Director of the Swiss Cooperation Office in Serbia"), text);
        assertFalse(text.contains("„"), "no Serbian quotation marks in English");
    }

    @Test
    void bothVersionsNameTheParticipants() {
        for (String page : List.of(SR_REPORT, EN_REPORT)) {
            String text = article(page).text();
            for (String name : List.of("Richard Kohli", "Lidija Marković", "Svetlana Velimirović",
                    "Jasmina Pekmezović", "Mitar Đurašković")) {
                assertTrue(text.contains(name), page + " names " + name);
            }
        }
    }

    @Test
    void theReportIsListedFirstOnTheNewsListAndHomePageOfItsEdition() {
        for (String list : List.of("sr/vesti/index.html", "sr/index.html")) {
            Element card = site.page(list).selectFirst("main .news-card");
            assertNotNull(card, list);
            assertEquals(site.pathOf(SR_REPORT), card.selectFirst("a").attr("href"), list);
            assertEquals("4. mart 2022.", card.selectFirst("time[datetime=2022-03-04]").text(), list);
        }
        Element card = site.page("en/news/index.html").selectFirst("main .news-card");
        assertEquals(site.pathOf(EN_REPORT), card.selectFirst("a").attr("href"));
        assertEquals("4 March 2022", card.selectFirst("time[datetime=2022-03-04]").text());
    }

    @Test
    void theTagsOfTheReportLeadToTagPagesOfItsEdition() {
        List<String> tags = article(SR_REPORT).select(".tag-list a").eachAttr("href");

        assertEquals(List.of(site.basePath() + "sr/oznake/upravni-odbor/",
                site.basePath() + "sr/oznake/migraciono-partnerstvo/",
                site.basePath() + "sr/oznake/svajcarska/",
                site.basePath() + "sr/oznake/trgovina-ljudima/"), tags);
        Element swiss = site.page("sr/oznake/svajcarska/index.html").selectFirst("h1");
        assertEquals("Oznaka: Švajcarska", swiss.text());
    }
}
