package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real site: every page of every edition names the donor and the implementing partners in its footer. */
class FooterSupportersIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sr      | Uz podršku Švajcarske           | Projekat sprovode | Međunarodna organizacija za migracije (IOM)",
            "sr-cyrl | Уз подршку Швајцарске           | Пројекат спроводе | Међународна организација за миграције (IOM)",
            "en      | With the support of Switzerland | Implemented by    | International Organization for Migration (IOM)"})
    void everyPageOfTheEditionShowsTheDonorAndThePartners(String edition, String support, String label,
                                                           String first) {
        BakedSite site = RealSite.get();
        int pages = 0;
        for (String page : site.htmlPages()) {
            if (!page.startsWith(edition + "/")) {
                continue;
            }
            Document doc = site.page(page);
            Element footer = doc.selectFirst("footer.site-footer");
            assertNotNull(footer, page);
            assertEquals(support, footer.selectFirst(".site-footer__support").text(), page);
            assertEquals("https://www.eda.admin.ch/belgrade",
                    footer.selectFirst(".site-footer__support a").attr("href"), page);
            assertEquals(label, footer.selectFirst(".site-footer__partners-label").text(), page);
            assertEquals(4, footer.select(".site-footer__partners li").size(), page);
            assertEquals(first, footer.selectFirst(".site-footer__partners li").text(), page);
            assertTrue(footer.select(".site-footer__partners img").isEmpty(), "no logo is shown without a file");
            pages++;
        }
        assertTrue(pages > 10, edition + " pages: " + pages);
    }
}
