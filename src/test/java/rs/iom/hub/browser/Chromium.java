package rs.iom.hub.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Starts the system's Chromium (headless) through the system's chromedriver — nothing is downloaded. On Debian:
 * {@code apt-get install chromium chromium-driver} ({@code .ci/run} does it); elsewhere set {@code HUB_CHROME} and
 * {@code HUB_CHROMEDRIVER}. Without them the browser tests fail with that advice (they never skip).
 */
final class Chromium {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver",
            "/usr/local/bin/chromedriver");

    private Chromium() {
    }

    /** A headless browser with a window of {@code width} × {@code height} CSS pixels. */
    static WebDriver start(int width, int height) {
        return start(width, height, List.of());
    }

    /**
     * A headless browser with {@code extraArguments} (e.g. {@code --host-resolver-rules=…}) that keeps its console
     * and network log ({@code driver.manage().logs()}: {@code browser}, {@code performance}).
     */
    static WebDriver start(int width, int height, List<String> extraArguments) {
        String browser = find("HUB_CHROME", BROWSERS);
        String driver = find("HUB_CHROMEDRIVER", DRIVERS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--window-size=" + width + "," + height, "--force-device-scale-factor=1",
                    "--user-data-dir=" + Files.createTempDirectory("hub-chromium-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments(extraArguments);
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (width < 500) {
            // A desktop window cannot be that narrow: emulate a phone (its viewport, touch and meta viewport).
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true)));
        }
        System.setProperty("webdriver.chrome.driver", driver);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static String find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && new File(configured).canExecute()) {
            return configured;
        }
        for (String candidate : candidates) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        // elsewhere on PATH (GitHub's Ubuntu runners have google-chrome and chromedriver there)
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String candidate : candidates) {
                File file = new File(folder, new File(candidate).getName());
                if (file.canExecute()) {
                    return file.getPath();
                }
            }
        }
        throw new IllegalStateException("The browser tests need Chromium and chromedriver: install them with "
                + "'sudo apt-get install chromium chromium-driver' (.ci/run does), or set " + variable
                + " to the program's path. Looked for: " + candidates);
    }
}
