package uk.wmpathways.app.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The headless Chromiums of this test JVM. Starting one costs seconds of the two cores, so a {@link Browser} that
 * is closed hands its Chromium back here with a fresh session (no cookies, no storage, its window size, nothing
 * and the next {@link Browser} takes it; two browsers open at once get two. They quit when the JVM ends. A browser
 * that saves downloads has a Chromium of its own, set up for that folder, which quits with it.
 */
final class Chromiums {

    static final org.openqa.selenium.Dimension WINDOW = new org.openqa.selenium.Dimension(1400, 1000);

    private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Chromium chromium = IDLE.poll(); chromium != null; chromium = IDLE.poll()) {
                chromium.quit();
            }
        }, "chromium-quit"));
    }

    private Chromiums() {
    }

    /** An idle Chromium with a fresh session, or a new one; one of its own when it saves {@code downloads}. */
    static Chromium take(Path downloads) {
        if (downloads != null) {
            return new Chromium(downloads);
        }
        Chromium idle = IDLE.poll();
        return idle != null ? idle : new Chromium(null);
    }

    /** Takes back a Chromium after its test: with a fresh session for the next, or quit if it cannot have one. */
    static void giveBack(Chromium chromium) {
        if (chromium.downloads != null) {
            chromium.quit();
            return;
        }
        try {
            chromium.freshSession();
            IDLE.push(chromium);
        } catch (RuntimeException e) {
            chromium.quit();
        }
    }

    /** One headless Debian Chromium with its chromedriver and its own temporary profile. */
    static final class Chromium {

        private final ChromeDriver driver;
        private final Path profile;
        private final Path downloads;

        private Chromium(Path downloads) {
            this.downloads = downloads;
            String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
            String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
            if (!new File(chrome).canExecute() || !new File(chromedriver).canExecute()) {
                throw new IllegalStateException("Browser tests need Chromium and chromedriver (" + chrome + ", "
                        + chromedriver + "): ./test.sh installs Debian's chromium and chromium-driver");
            }
            try {
                profile = Files.createTempDirectory("pathways-chromium-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chrome);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                    "--user-data-dir=" + profile);
            // The console, to find what the Content-Security-Policy blocked (Browser.consoleErrors)
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (downloads != null) {
                options.setExperimentalOption("prefs", Map.of(
                        "download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        }

        /** As a new Chromium: one blank window of the usual size, no cookies, storage or console entries. */
        private void freshSession() {
            String first = driver.getWindowHandles().iterator().next();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
            if (driver.getCurrentUrl().startsWith("http")) {
                driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
            }
            driver.get("about:blank");
            // every site's cookies (the tests' servers share localhost on several ports), not only this page's
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.manage().window().setSize(WINDOW);
            driver.manage().logs().get(LogType.BROWSER);
        }

        private void quit() {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // a Chromium that has gone away is what quitting wants
            }
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }

        WebDriver webDriver() {
            return driver;
        }
    }
}
