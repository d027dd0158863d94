package rs.iom.hub.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core finds no accessibility violations (WCAG 2.1 A and AA, and best practices) on the home page, news list,
 * news item, a project page, the search page with results and the 404 page of every edition, on a desktop and a
 * phone-sized screen, and on the phone with the header's menu open.
 */
class AccessibilityBrowserIT {
    private static PublishedSite site;
    private static WebDriver desktop;
    private static WebDriver phone;

    @BeforeAll
    static void start() {
        site = PublishedSite.get();
        desktop = Chromium.start(1280, 900);
        phone = Chromium.start(360, 800);
    }

    @AfterAll
    static void stop() {
        desktop.quit();
        phone.quit();
    }

    static java.util.stream.Stream<String> pages() {
        return KeyPages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeReportsNoViolationsOnADesktopScreen(String page) {
        assertNoViolations(desktop, page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeReportsNoViolationsOnAPhoneScreen(String page) {
        assertNoViolations(phone, page);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"sr/", "sr-cyrl/", "en/", "sr/pretraga/?q=upravljanje"})
    void axeReportsNoViolationsOnAPhoneScreenWithTheMenuOpen(String page) {
        phone.get(site.url(page));
        phone.findElement(By.cssSelector(".site-header__menu-button")).click();
        assertTrue(phone.findElement(By.cssSelector(".site-header .site-navigation")).isDisplayed(), "the menu opened");
        assertNoViolations(phone, page, false);
    }

    private static void assertNoViolations(WebDriver browser, String page) {
        assertNoViolations(browser, page, true);
    }

    private static void assertNoViolations(WebDriver browser, String page, boolean load) {
        if (load) {
            browser.get(site.url(page));
        }
        if (page.contains("?q=")) {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector(".search-results__status")).isEmpty());
        }
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + ":\n" + violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    " + v.getNodes().stream()
                        .map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n")));
    }
}
