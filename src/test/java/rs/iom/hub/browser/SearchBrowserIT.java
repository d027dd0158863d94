package rs.iom.hub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser, the search of every edition finds the steering-board report from a query typed in Latin
 * letters, without diacritics or in the other alphabet, with the title hit first and the match highlighted.
 */
class SearchBrowserIT {
    private static PublishedSite site;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        site = PublishedSite.get();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0}: „{1}“")
    @CsvSource({
            "sr, upravljanje, sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "sr-cyrl, upravljanje, sr-cyrl/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "sr-cyrl, миграцијама, sr-cyrl/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "sr, svajcarska podrzava, sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "sr, управљање, sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "en, steering board, en/news/2022/switzerland-supports-capacity-building-for-migration-management/"
    })
    void theHeaderSearchBoxFindsTheReport(String edition, String query, String report) {
        browser.get(site.url(edition + "/"));
        WebElement box = browser.findElement(By.id("search-box-query"));
        box.sendKeys(query, Keys.ENTER);
        List<WebElement> links = results();
        assertFalse(links.isEmpty(), "no results for " + query + " on " + browser.getCurrentUrl());
        assertEquals(site.url(report), links.get(0).getAttribute("href"), "first result for " + query);
        assertFalse(browser.findElements(By.cssSelector(".search-results mark")).isEmpty(), "no highlighted match");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sr", "sr-cyrl", "en"})
    void aQueryWithoutMatchesSaysSo(String edition) {
        browser.get(site.url(edition + "/" + (edition.equals("en") ? "search" : "pretraga") + "/?q=qqqxyz"));
        WebElement status = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                d -> d.findElement(By.cssSelector(".search-results__status")));
        assertTrue(status.getText().contains("qqqxyz"), status.getText());
        assertTrue(browser.findElements(By.cssSelector(".search-results__list a")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sr, pretraga", "sr-cyrl, pretraga", "en, search"})
    void theHintsExampleQueryFindsTheWordItNamesAndJavaScriptIsSpeltInLatin(String edition, String page) {
        browser.get(site.url(edition + "/" + page + "/"));
        String hint = browser.findElement(By.id("search-query-hint")).getText();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("[„“]([^“”]+)[“”]").matcher(hint);
        assertTrue(quoted.find(), hint);
        String query = quoted.group(1);
        assertTrue(quoted.find(), hint);
        String found = quoted.group(1);
        assertTrue(query.matches("[a-z]+"), "the example is typed in Latin letters without diacritics: " + query);

        WebElement box = browser.findElement(By.id("search-query"));
        box.sendKeys(query, Keys.ENTER);

        assertTrue(browser.getPageSource().contains("JavaScript"), "the word JavaScript in the noscript text");
        List<WebElement> links = results();
        assertFalse(links.isEmpty(), "the example „" + query + "“ finds something in " + edition);
        browser.get(links.get(0).getAttribute("href"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(found),
                "the first result holds the word the hint names: " + found);
    }

    private static List<WebElement> results() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".search-results__list a"));
            return found.isEmpty() ? null : found;
        });
    }
}
