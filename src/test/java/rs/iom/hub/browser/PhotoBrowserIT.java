package rs.iom.hub.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import rs.iom.hub.pipeline.PhotoSites;
import rs.iom.hub.pipeline.TestSites;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A news item with a 4000 × 3000 phone photo (stored sideways, with GPS) as its lead image and in its text, read on a
 * 360 × 800 phone (Chromium's mobile emulation, two device pixels per CSS pixel): the page loads at most 250 KB of
 * pictures (a copy for the phone's screen, not the photo), shows the photo upright, nothing shifts as the pictures
 * load (CLS 0, with the page scrolled to its end so that the lazy body image loads too), and axe finds nothing.
 */
class PhotoBrowserIT {
    /** The most a phone may load in pictures for the page. */
    static final long MAX_IMAGE_BYTES = 250 * 1024;

    @TempDir
    static Path temp;
    private static StaticSiteServer server;
    private static WebDriver phone;

    @BeforeAll
    static void start() throws Exception {
        Path site = PhotoSites.withPhoto(temp.resolve("site"));
        Path output = temp.resolve("out");
        TestSites.bake(site, output);
        server = new StaticSiteServer(output, PublishedSite.PREFIX);
        phone = Chromium.start(360, 800);
    }

    @AfterAll
    static void stop() {
        phone.quit();
        server.close();
    }

    /** Loads the page anew, scrolls to its end and back, and waits until every picture has loaded. */
    private static JavascriptExecutor loaded() {
        phone.get(server.url() + PhotoSites.PAGE);
        JavascriptExecutor js = (JavascriptExecutor) phone;
        // the layout shifts since the page started loading (buffered), summed up as CLS counts them
        js.executeScript("window.__shifts = 0; new PerformanceObserver(function (list) {"
                + " list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { window.__shifts += e.value; } });"
                + "}).observe({type: 'layout-shift', buffered: true});");
        js.executeScript("window.scrollTo(0, document.body.scrollHeight);");
        new WebDriverWait(phone, Duration.ofSeconds(20)).until(d -> (Boolean) js.executeScript(
                "return Array.from(document.images).every(function (i) { return i.complete && i.naturalWidth > 0; });"));
        js.executeScript("window.scrollTo(0, 0);");
        return js;
    }

    @Test
    void thePhoneLoadsAtMost250KilobytesOfPictures() {
        JavascriptExecutor js = loaded();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> images = (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('resource').filter(function (e) {"
                        + " return /\\.(jpg|png)$/.test(e.name); }).map(function (e) {"
                        + " return {name: e.name, bytes: e.encodedBodySize}; });");
        long total = images.stream().mapToLong(i -> ((Number) i.get("bytes")).longValue()).sum();
        assertTrue(images.stream().anyMatch(i -> i.get("name").toString().contains("/sastanak.")),
                "no copy of the photo was loaded: " + images);
        assertTrue(total > 0 && total <= MAX_IMAGE_BYTES, "the page loaded " + total + " bytes of pictures: " + images);
        assertTrue(images.stream().noneMatch(i -> i.get("name").toString().endsWith("/sastanak.jpg")),
                "the phone loaded the 2560-pixel copy: " + images);
    }

    @Test
    void thePhotoIsShownUpright() {
        JavascriptExecutor js = loaded();
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) js.executeScript("var i = document.querySelector('.article__figure img');"
                + " return [i.naturalWidth, i.naturalHeight];");
        assertTrue(size.get(1).longValue() > size.get(0).longValue(), "the photo shows sideways: " + size);
    }

    @Test
    void nothingShiftsAsThePicturesLoad() {
        JavascriptExecutor js = loaded();
        double shifts = ((Number) js.executeScript("return window.__shifts;")).doubleValue();
        assertEquals(0.0, shifts, "cumulative layout shift");
    }

    @Test
    void axeReportsNoViolations() {
        loaded();
        List<Rule> violations = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(phone)
                .getViolations();
        assertTrue(violations.isEmpty(), violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " "
                + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }
}
