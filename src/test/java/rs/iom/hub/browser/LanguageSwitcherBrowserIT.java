package rs.iom.hub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a real browser, the language switcher moves between the three editions of the same page. */
class LanguageSwitcherBrowserIT {
    private static final String REPORT_SR =
            "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/";
    private static final String REPORT_CYRL =
            "sr-cyrl/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/";
    private static final String REPORT_EN =
            "en/news/2022/switzerland-supports-capacity-building-for-migration-management/";

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

    @Test
    void theSwitcherGoesFromLatinToCyrillicToEnglishAndBackOnTheSamePage() {
        browser.get(site.url(REPORT_SR));
        assertEquals("sr-Latn", browser.findElement(By.tagName("html")).getAttribute("lang"));

        switchTo("sr-Cyrl");
        assertEquals(site.url(REPORT_CYRL), browser.getCurrentUrl());
        assertEquals("sr-Cyrl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Швајцарска подржава јачање институционалних капацитета за управљање миграцијама у Србији",
                browser.findElement(By.tagName("h1")).getText());

        switchTo("en");
        assertEquals(site.url(REPORT_EN), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Switzerland supports"));

        switchTo("sr-Latn");
        assertEquals(site.url(REPORT_SR), browser.getCurrentUrl());
        assertEquals("Švajcarska podržava jačanje institucionalnih kapaciteta za upravljanje migracijama u Srbiji",
                browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theSwitcherOnAListPageLeadsToTheSameListInTheOtherEditions() {
        browser.get(site.url("sr/vesti/"));
        switchTo("en");
        assertEquals(site.url("en/news/"), browser.getCurrentUrl());
        switchTo("sr-Cyrl");
        assertEquals(site.url("sr-cyrl/vesti/"), browser.getCurrentUrl());
    }

    @Test
    void inTheEnglishEditionTheSerbianEntriesAreNamedInEnglishForScreenReaders() {
        browser.get(site.url(REPORT_EN));

        assertEquals("Latinica – Serbian (Latin)", browser.findElement(
                By.cssSelector(".language-switcher a[hreflang='sr-Latn']")).getAccessibleName());
        assertEquals("Ћирилица – Serbian (Cyrillic)", browser.findElement(
                By.cssSelector(".language-switcher a[hreflang='sr-Cyrl']")).getAccessibleName());
    }

    private static void switchTo(String hreflang) {
        browser.findElement(By.cssSelector(".language-switcher a[hreflang='" + hreflang + "']")).click();
    }
}
