package rs.iom.hub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the pages fit the screen. On a 360 × 800 phone: no page of any edition scrolls sideways; the header (name,
 * language switcher, menu button) takes at most a quarter of the first screen, which shows an article's title; the
 * menu button, a plain {@code <details>} element (no script), opens the search box and the menu, with the mouse or
 * the keyboard. On a desktop: the menu never leaves one link alone on a line (1024 to 1440 pixels wide), the footer
 * sits at the bottom of a short page, and the root 404 page keeps to the text column.
 */
class PhoneLayoutBrowserIT {
    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 800;
    private static PublishedSite site;
    private static WebDriver browser;
    private static WebDriver desktop;

    @BeforeAll
    static void start() {
        site = PublishedSite.get();
        browser = Chromium.start(PHONE_WIDTH, PHONE_HEIGHT);
        desktop = Chromium.start(1366, 900);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        desktop.quit();
    }

    private static Object script(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static double number(WebDriver driver, String script, Object... arguments) {
        return ((Number) script(driver, script, arguments)).doubleValue();
    }

    /**
     * Whether the browser draws {@code element}. Not Selenium's {@code isDisplayed()}: that takes the content of a
     * closed {@code <details>} for hidden even where the stylesheet shows it (the header's menu on a desktop).
     */
    private static boolean shown(WebDriver driver, WebElement element) {
        return (Boolean) script(driver, "var r = arguments[0].getBoundingClientRect();"
                + "return arguments[0].checkVisibility({visibilityProperty: true}) && r.width > 0 && r.height > 0;",
                element);
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
        assertTrue(client <= PHONE_WIDTH, "viewport is " + client + " px wide");
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "sr-cyrl/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
            "en/news/2022/switzerland-supports-capacity-building-for-migration-management/",
            "sr/o-projektu/", "sr-cyrl/o-projektu/", "en/about/",
            // pages with no equivalent in the other editions: the switcher says where its links lead
            "en/tags/switzerland/", "sr/oznake/trgovina-ljudima/", "sr-cyrl/oznake/trgovina-ljudima/"
    })
    void theHeaderTakesAtMostAQuarterOfThePhonesFirstScreenWhichShowsTheArticlesTitle(String page) {
        browser.get(site.url(page));
        assertEquals(PHONE_HEIGHT, number(browser, "return window.innerHeight;"), 0.5, "the phone's screen");
        double header = number(browser,
                "return document.querySelector('.site-header').getBoundingClientRect().height;");
        assertTrue(header <= PHONE_HEIGHT / 4.0, page + ": the header is " + header + " px high, more than a "
                + "quarter of " + PHONE_HEIGHT + " px");
        double titleBottom = number(browser, "return document.querySelector('h1').getBoundingClientRect().bottom;");
        assertTrue(titleBottom <= PHONE_HEIGHT, page + ": the title ends " + titleBottom + " px down");
        assertTrue(browser.findElement(By.tagName("h1")).isDisplayed(), page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sr/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/, Meni, Meni i pretraga",
            "sr-cyrl/vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/, Мени, "
                    + "Мени и претрага",
            "en/news/2022/switzerland-supports-capacity-building-for-migration-management/, Menu, Menu and search"
    })
    void theMenuButtonOpensTheMenuAndTheSearchBoxWithoutAScript(String page, String text, String name) {
        browser.get(site.url(page));
        assertEquals(0L, script(browser, "return Array.from(document.scripts).filter(function (s) {"
                + " return s.type !== 'application/ld+json'; }).length;"), "the page runs no script");
        WebElement button = browser.findElement(By.cssSelector(".site-header__menu-button"));
        WebElement menu = browser.findElement(By.cssSelector(".site-header .site-navigation"));
        WebElement search = browser.findElement(By.id("search-box-query"));
        assertEquals(text, button.getText());
        assertEquals(name, button.getAccessibleName());
        assertTrue(shown(browser, button));
        assertFalse(shown(browser, menu), "the menu is closed at first");
        assertFalse(shown(browser, search), "the search box is closed at first");

        button.click();
        assertTrue(shown(browser, menu) && shown(browser, search), "a click opens the menu and the search box");
        List<WebElement> links = browser.findElements(By.cssSelector(".site-header .site-navigation__link"));
        assertTrue(links.size() >= 5 && links.stream().allMatch(l -> shown(browser, l)), "every link of the menu");
        button.click();
        assertFalse(shown(browser, menu), "a second click closes it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sr/o-projektu/", "sr-cyrl/o-projektu/", "en/about/"})
    void theKeyboardReachesTheMenuButtonAfterTheSwitcherSeesItAndOpensTheSearchBoxNext(String page) {
        browser.get(site.url(page));
        WebElement button = browser.findElement(By.cssSelector(".site-header__menu-button"));
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 10 && !button.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            order.add(focused.getTagName() + "." + focused.getAttribute("class"));
        }
        assertEquals(button, browser.switchTo().activeElement(), "Tab never reached the menu button: " + order);
        assertTrue(order.indexOf("a.site-header__brand") < order.indexOf("a.language-switcher__link"), order::toString);
        assertEquals("solid", script(browser, "return getComputedStyle(arguments[0]).outlineStyle;", button),
                "the focused button shows the focus outline");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertTrue(shown(browser, browser.findElement(By.cssSelector(".site-header .site-navigation"))),
                "Enter opens it");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("search-box-query", browser.switchTo().activeElement().getAttribute("id"),
                "the next Tab goes into the search box");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sr/", "sr-cyrl/", "en/"})
    void theDesktopMenuLeavesNoLinkAloneOnALine(String edition) {
        desktop.get(site.url(edition));
        for (int width = 1024; width <= 1440; width += 16) {
            desktop.manage().window().setSize(new Dimension(width, 900));
            @SuppressWarnings("unchecked")
            List<Number> lines = (List<Number>) script(desktop, "var lines = {};"
                    + "document.querySelectorAll('.site-navigation__item').forEach(function (i) {"
                    + "  var top = Math.round(i.getBoundingClientRect().top); lines[top] = (lines[top] || 0) + 1; });"
                    + "return Object.keys(lines).sort(function (a, b) { return a - b; })"
                    + "  .map(function (k) { return lines[k]; });");
            long viewport = (long) number(desktop, "return document.documentElement.clientWidth;");
            assertTrue(lines.size() == 1 || lines.stream().allMatch(n -> n.intValue() >= 2),
                    edition + " at " + viewport + " px: links per line " + lines);
            assertFalse(shown(desktop, desktop.findElement(By.cssSelector(".site-header__menu-button"))),
                    "no menu button on a desktop at " + viewport + " px");
        }
        desktop.manage().window().setSize(new Dimension(1366, 900));
        assertTrue(shown(desktop, desktop.findElement(By.id("search-box-query"))), "the search box shows on a desktop");
        assertTrue(desktop.findElements(By.cssSelector(".site-navigation__link")).stream()
                .allMatch(l -> shown(desktop, l)), "the menu shows on a desktop");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sr/404.html", "sr-cyrl/404.html", "en/404.html"})
    void theFooterOfAShortPageSitsAtTheBottomOfTheWindow(String page) {
        desktop.get(site.url(page));
        double bottom = number(desktop,
                "return document.querySelector('.site-footer').getBoundingClientRect().bottom;");
        double window = number(desktop, "return window.innerHeight;");
        double main = number(desktop,
                "return document.querySelector('.site-main__inner').getBoundingClientRect().height;");
        assertTrue(main < window / 2, page + " is not short: its text is " + main + " px high");
        assertEquals(window, bottom, 0.5, page + ": the footer ends above the window's bottom");
    }

    @Test
    void theRootNotFoundPageKeepsToTheTextColumn() {
        desktop.get(site.url("404.html"));
        // the text column: 42rem (--measure in site.css)
        double column = number(desktop, "return 42 * parseFloat(getComputedStyle(document.documentElement).fontSize);");
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) script(desktop, "return Array.from(document.querySelectorAll("
                + "'main p, main h1, main h2')).map(function (e) { return e.getBoundingClientRect().width; });");
        assertTrue(widths.size() >= 6, "the text of every edition: " + widths);
        assertTrue(widths.stream().allMatch(w -> w.doubleValue() <= column + 0.5), "wider than " + column + " px: "
                + widths);
    }
}
