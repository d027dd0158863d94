package rs.iom.hub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a phone-sized screen (360 × 740 CSS pixels) no page of any edition scrolls sideways. */
class PhoneLayoutBrowserIT {
    private static PublishedSite site;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        site = PublishedSite.get();
        browser = Chromium.start(360, 740);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    static java.util.stream.Stream<String> pages() {
        return KeyPages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void thePageHasNoHorizontalScrolling(String page) {
        browser.get(site.url(page));
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        java.util.List<?> w = (java.util.List<?>) widths;
        long scroll = ((Number) w.get(0)).longValue();
        long client = ((Number) w.get(1)).longValue();
        assertTrue(client <= 360, "viewport is " + client + " px wide");
        Object culprits = ((JavascriptExecutor) browser).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 0.5 && out.length < 5) { out.push(e.tagName.toLowerCase() + '.'"
                + "    + e.className + ' right=' + r.right); } });"
                + "return out.join('; ');");
        assertTrue(scroll <= client, page + " is " + scroll + " px wide in a " + client + " px viewport; too wide: "
                + culprits);
    }
}
