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
 * letters, without diacritics or in the other alphabet, with the title hit first and the match highlighted; and
 * nothing on the page moves as the results appear (CLS 0), on a desktop and on a phone.
 */
class SearchBrowserIT {
    private static PublishedSite site;
    private static WebDriver browser;
    private static WebDriver phone;

    @BeforeAll
    static void start() {
        site = PublishedSite.get();
        browser = Chromium.start(1280, 900);
        phone = Chromium.start(360, 800);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        phone.quit();
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

    @ParameterizedTest(name = "{0}, {1} px wide")
    @CsvSource({
            "sr/pretraga/?q=upravljanje, 1280", "sr-cyrl/pretraga/?q=upravljanje, 1280", "en/search/?q=migration, 1280",
            "sr/pretraga/?q=upravljanje, 360", "sr-cyrl/pretraga/?q=миграција, 360", "en/search/?q=migration, 360",
            "sr/pretraga/?q=qqqxyz, 360"
    })
    void nothingMovesAsTheResultsAppear(String page, int width) {
        WebDriver driver = width < 500 ? phone : browser;
        driver.get(site.url(page));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                d -> !d.findElements(By.cssSelector(".search-results__status")).isEmpty());
        // every layout shift since the page started loading (buffered), summed up as CLS counts them, read after
        // two frames so that the last ones are reported
        Object shifts = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1], total = 0, moved = [];"
                + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                + "  if (!e.hadRecentInput) { total += e.value; e.sources.forEach(function (s) {"
                + "    moved.push((s.node ? s.node.nodeName + '.' + s.node.className : '?') + ' at ' + e.startTime"
                + "      + ' ms from ' + JSON.stringify(s.previousRect) + ' to ' + JSON.stringify(s.currentRect)); });"
                + "  } });"
                + "}).observe({type: 'layout-shift', buffered: true});"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
                + "  setTimeout(function () { done(total + ' ' + moved.join(', ')); }, 100); }); });");
        assertTrue(shifts.toString().startsWith("0 "), page + ": cumulative layout shift and what moved: " + shifts);
    }

    private static List<WebElement> results() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".search-results__list a"));
            return found.isEmpty() ? null : found;
        });
    }
}
