package rs.iom.hub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.serve.PreviewSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser, the preview's overlay: a good bake's warnings collapsed at the bottom of the page, a failed
 * bake's errors over it with the warnings collapsed under them; its own texts in the language and script of the page
 * it is on (from the site's message files), counts in their plural forms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewOverlayBrowserIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ENGLISH_ABOUT = "content/en/about.md";
    private static final String SERBIAN_ABOUT = "content/sr/o-projektu.md";

    @TempDir
    static Path temp;
    static Path source;
    static PreviewSession session;
    static WebDriver browser;

    @BeforeAll
    static void startThePreviewAndABrowser() throws IOException {
        source = TestSites.copyOfRealSite(temp.resolve("site"));
        StringWriter log = new StringWriter();
        session = new PreviewSession(source, temp.resolve("preview"), 0, false, new JBakeEngine(),
                Converters.standard(source), new PrintWriter(log, true), new PrintWriter(log, true));
        assertTrue(session.lastResult().success(), log::toString);
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (session != null) {
            session.close();
        }
    }

    static String url(String path) {
        return "http://127.0.0.1:" + session.server().port() + path;
    }

    static void replaceIn(String file, String from, String to) throws IOException, InterruptedException {
        Path target = source.resolve(file);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " contains " + from);
        Path written = target.resolveSibling("." + target.getFileName() + ".saving");
        Files.writeString(written, text.replace(from, to), StandardCharsets.UTF_8);
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        session.rebuildAndWait(Set.of(file));
    }

    /** Opens {@code path} and returns the overlay once the page's script has shown it. */
    static WebElement overlayOf(String path) {
        browser.get(url(path));
        return new WebDriverWait(browser, TIMEOUT).until(d -> d.findElements(By.id("hub-preview-problems")).stream()
                .findFirst().orElse(null));
    }

    @Test
    @Order(1)
    void aPageOfAGoodBakeWithoutWarningsHasNoOverlay() {
        browser.get(url("/sr/"));
        new WebDriverWait(browser, TIMEOUT).until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));

        assertEquals(List.of(), browser.findElements(By.id("hub-preview-problems")));
    }

    @Test
    @Order(2)
    void aWarningIsShownCollapsedInTheLanguageOfEachEdition() throws Exception {
        replaceIn(ENGLISH_ABOUT, "summary: Who implements", "summary: \"\"\n# Who implements");

        WebElement english = overlayOf("/en/");
        assertEquals("status", english.getAttribute("role"), "a warning does not interrupt");
        WebElement details = english.findElement(By.tagName("details"));
        assertNull(details.getAttribute("open"), "collapsed");
        assertEquals("1 warning", details.findElement(By.tagName("summary")).getText());
        assertEquals(List.of(), english.findElements(By.tagName("h2")), "no error heading");

        details.findElement(By.tagName("summary")).click();
        assertTrue(details.findElement(By.tagName("pre")).getText().startsWith(ENGLISH_ABOUT + ":"),
                "opened, it lists the warning as hub check words it: file first");

        WebElement latin = overlayOf("/sr/");
        assertEquals("sr-Latn", latin.getAttribute("lang"));
        assertEquals("1 upozorenje", latin.findElement(By.tagName("summary")).getText());

        WebElement cyrillic = overlayOf("/sr-cyrl/");
        assertEquals("sr-Cyrl", cyrillic.getAttribute("lang"));
        assertEquals("1 упозорење", cyrillic.findElement(By.tagName("summary")).getText());
    }

    @Test
    @Order(3)
    void anErrorIsShownOpenAboveTheWarningsWhichStayCollapsed() throws Exception {
        replaceIn(SERBIAN_ABOUT, "title: O projektu\n", "title: O projektu: cilj\n");

        WebElement latin = overlayOf("/sr/");
        assertEquals("alert", latin.getAttribute("role"));
        assertEquals("Sajt nije ponovo izgrađen: ispravite ove probleme i sačuvajte fajl (stranica se sama osvežava)",
                latin.findElement(By.tagName("h2")).getText());
        assertEquals("1 greška", latin.findElement(By.tagName("h3")).getText());
        assertTrue(latin.findElement(By.tagName("pre")).getText().startsWith(SERBIAN_ABOUT + ":2:18: error: "),
                latin.getText());
        WebElement details = latin.findElement(By.tagName("details"));
        assertNull(details.getAttribute("open"));
        assertEquals("1 upozorenje", details.findElement(By.tagName("summary")).getText());

        WebElement cyrillic = overlayOf("/sr-cyrl/");
        assertEquals("Сајт није поново изграђен: исправите ове проблеме и сачувајте фајл (страница се сама освежава)",
                cyrillic.findElement(By.tagName("h2")).getText());
        assertEquals("1 грешка", cyrillic.findElement(By.tagName("h3")).getText());

        WebElement english = overlayOf("/en/");
        assertEquals("The site was not rebuilt: fix these problems and save the file (the page reloads by itself)",
                english.findElement(By.tagName("h2")).getText());
        assertEquals("1 error", english.findElement(By.tagName("h3")).getText());
        assertEquals("1 warning", english.findElement(By.tagName("summary")).getText());
    }

    @Test
    @Order(4)
    void fixingEverythingRemovesTheOverlay() throws Exception {
        replaceIn(SERBIAN_ABOUT, "title: O projektu: cilj\n", "title: O projektu\n");
        replaceIn(ENGLISH_ABOUT, "summary: \"\"\n# Who implements", "summary: Who implements");

        browser.get(url("/en/"));
        new WebDriverWait(browser, TIMEOUT).until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
        assertFalse(browser.findElements(By.tagName("h1")).isEmpty());
        assertEquals(List.of(), browser.findElements(By.id("hub-preview-problems")));
    }
}
