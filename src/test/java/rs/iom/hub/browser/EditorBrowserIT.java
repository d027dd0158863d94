package rs.iom.hub.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser editor at {@code /admin/} of the published site: Sveltia CMS, served by the site itself, starts and
 * shows its sign-in with no console error, and asks nothing of any host but the site (and, once signed in, the
 * GitHub API). Every other host is unreachable in this browser (its resolver knows only the loopback address and
 * api.github.com), so that a request to a CDN would show as a failed request here, not pass unseen.
 */
class EditorBrowserIT {
    private static PublishedSite site;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        site = PublishedSite.get();
        browser = Chromium.start(1280, 900, List.of(
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE api.github.com"));
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theEditorLoadsFromTheSiteWithNoConsoleErrorAndNoOtherHost() throws Exception {
        browser.get(site.url("admin/"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.tagName("body")).getText().toLowerCase(java.util.Locale.ROOT).contains("sign in"));

        String text = browser.findElement(By.tagName("body")).getText();
        assertTrue(text.contains("Migraciono partnerstvo"), "the app title from the generated config: " + text);

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors on /admin/");

        Set<String> hosts = new TreeSet<>();
        Json json = new Json();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Map<?, ?> message = (Map<?, ?>) ((Map<?, ?>) json.toType(entry.getMessage(), Map.class)).get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request");
                String url = String.valueOf(request.get("url"));
                if (url.startsWith("http")) {
                    hosts.add(URI.create(url).getHost());
                }
            }
        }
        hosts.remove("api.github.com");
        assertEquals(Set.of(URI.create(site.url()).getHost()), hosts, "hosts the editor asked for");
    }
}
