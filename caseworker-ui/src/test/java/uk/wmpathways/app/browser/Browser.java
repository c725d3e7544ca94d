package uk.wmpathways.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by its chromedriver, with no background networking (this machine's network is
 * closed). Paths can be overridden with CHROME_BIN and CHROMEDRIVER. Each Browser is a fresh session (no cookies,
 * no storage) in a Chromium of this JVM's {@link Chromiums}: closing it hands the Chromium on to the next test.
 */
final class Browser implements AutoCloseable {

    /** How often a wait asks again: Selenium's default of half a second was most of many tests' time. */
    static final Duration POLL = Duration.ofMillis(50);
    /** The browsers open on each test thread, for a failing test's screenshots ({@link ScreenshotOnFailure}). */
    private static final ThreadLocal<java.util.List<Browser>> OPEN = ThreadLocal.withInitial(java.util.ArrayList::new);

    private final Chromiums.Chromium chromium;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final FieldInput fields = new FieldInput(this);
    private boolean closed;

    Browser() {
        this(null);
    }

    /** A browser that saves downloads, without asking, into {@code downloads} (when not null). */
    Browser(Path downloads) {
        chromium = Chromiums.take(downloads);
        driver = chromium.webDriver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
        // Vaadin replaces parts of the page when the server answers; a condition that read an element just
        // replaced is asked again, as for one not yet there.
        wait.ignoring(StaleElementReferenceException.class);
        OPEN.get().add(this);
    }

    static java.util.List<Browser> openOnThisThread() {
        return java.util.List.copyOf(OPEN.get());
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Goes to {@code path} (no leading slash) in the application already open, as a link in its pages does: Vaadin's
     * router shows the view after the server's access check, without loading the page and its scripts again.
     */
    void navigateInApp(String path) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var link = document.createElement('a');
                link.href = '/' + arguments[0];
                link.setAttribute('router-link', '');
                document.body.append(link);
                link.click();
                link.remove();
                """, path);
    }

    /** Waits until an element {@code locator} finds is shown (as WebDriver's "displayed"), and gives it. */
    WebElement waitFor(By locator) {
        String css = PageScripts.cssOf(locator);
        return css == null
                ? wait.until(askedAgainOverNavigation(ExpectedConditions.visibilityOfElementLocated(locator)::apply))
                : wait.until(askedAgainOverNavigation(d -> PageScripts.shown(d, css, false)));
    }

    /**
     * Chrome refuses a command that was under way when the page began to load another ("aborted by navigation"),
     * and a script whose page went away ("Execution context was destroyed"): the condition is asked again, as for an
     * element not yet there. Any other failure still ends the wait.
     */
    private static <T> java.util.function.Function<WebDriver, T> askedAgainOverNavigation(
            java.util.function.Function<WebDriver, T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (org.openqa.selenium.WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("aborted by navigation") || message.contains("Execution context was destroyed")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /** The native input (or text area) inside a Vaadin field (Vaadin 24 keeps it in the light DOM). */
    WebElement input(String fieldId) {
        return waitFor(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
    }

    /** See {@link FieldInput#type}. */
    void type(String fieldId, String text) {
        fields.type(fieldId, text);
    }

    /** Waits until the page's markup holds {@code text}, asked in the page (the whole page is not sent each time). */
    void waitUntilPageContains(String text) {
        waitUntil(d -> PageScripts.markupContains(d, text));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(askedAgainOverNavigation(condition));
    }

    /** Signs in through the login form of the page at {@code url}. */
    void signIn(String url, String username, String password) {
        open(url);
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        waitFor(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /**
     * Signs in as the login form posts it, from this JVM, then gives the session cookie to the browser and opens
     * {@code url}: for the tests whose subject is not the login page. It saves loading and filling in the login
     * page (0.7 s of each test on a quiet machine, more on a busy one). The login page's own tests use
     * {@link #signIn}.
     */
    void signInDirectly(String url, String username, String password) {
        java.net.URI start = java.net.URI.create(url);
        uk.wmpathways.app.WebClient client = new uk.wmpathways.app.WebClient(start.getPort());
        java.net.http.HttpResponse<String> signedIn = client.signIn(username, password);
        String landing = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || landing.contains("/login") || client.sessionId() == null) {
            throw new AssertionError("Sign-in as " + username + " refused: " + signedIn.statusCode() + " to "
                    + landing);
        }
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Network.setCookie", java.util.Map.of(
                "name", "JSESSIONID", "value", client.sessionId(), "domain", start.getHost(), "path", "/",
                "httpOnly", true, "sameSite", "Lax"));
        open(url);
    }

    /**
     * {@link #signInDirectly}, then waits for the signed-in page: the person's name in the top bar. Once in CI (stop
     * 32) the name was not there 20 s after a sign-in the server had accepted, and nothing said what the page showed
     * instead. Now what it showed is printed, and the person signs in once more, as a person would.
     */
    void signInAndWaitForThePage(String url, String username, String password) {
        signInDirectly(url, username, password);
        try {
            waitFor(By.id("signed-in-user"));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            System.out.println("Sign-in as " + username + " showed no signed-in page in 20 s (" + describePage()
                    + "); signing in again");
            signInDirectly(url, username, password);
            waitFor(By.id("signed-in-user"));
        }
    }

    String describePage() {
        return PageScripts.describePage(driver);
    }

    /** Clicks as a person would after scrolling the element to the middle of the window (not under a bar). */
    void click(String id) {
        click(clickable(id));
    }

    /**
     * The same for an element found already: a row link near the bottom of a long grid is otherwise clicked where the
     * page, not the row, would take the click.
     */
    void click(WebElement element) {
        // A calendar or list still fading out after it closed takes the click: a person clicks again once it has
        // gone. A field the server adds above the element (Register's consent day, after the lawful basis is
        // chosen) can push it below the window after it was scrolled to: it is scrolled to again before each try
        // (in CI, twice, Register's Save was refused at a point below the window for the whole wait). Something
        // that stays in the way still fails the test, with what it was.
        org.openqa.selenium.ElementClickInterceptedException[] lastRefusal = {null};
        try {
            waitUntil(d -> {
                try {
                    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                            "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
                    element.click();
                    return true;
                } catch (org.openqa.selenium.ElementClickInterceptedException inTheWay) {
                    lastRefusal[0] = inTheWay;
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException stillInTheWay) {
            throw lastRefusal[0] != null ? lastRefusal[0] : stillInTheWay;
        }
    }

    /** See {@link FieldInput#typeDate}. */
    void typeDate(String fieldId, java.time.LocalDate date) {
        fields.typeDate(fieldId, date);
    }

    /** See {@link FieldInput#choose}. */
    void choose(String fieldId, String label) {
        fields.choose(fieldId, label);
    }

    /** See {@link FieldInput#tick}. */
    void tick(String fieldId, boolean ticked) {
        fields.tick(fieldId, ticked);
    }

    /** Clicks twice in quick succession, as an impatient person does. */
    void doubleClick(String id) {
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(clickable(id)).perform();
    }

    /** Waits until the element {@code id} is shown and, if a form control, not disabled (as Selenium's "clickable"). */
    private WebElement clickable(String id) {
        String css = PageScripts.cssOf(By.id(id));
        return wait.until(askedAgainOverNavigation(d -> PageScripts.shown(d, css, true)));
    }

    String textOf(String id) {
        return waitFor(By.id(id)).getText();
    }

    /**
     * Waits for the dialog to finish opening, with the focus placed in it: the dialog then focuses its first field,
     * and keys typed before that could go to a field the focus is about to leave (a person starts once it is there).
     */
    void waitUntilDialogOpened() {
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]:not([opening])")).isEmpty()
                && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const focused = document.activeElement;"
                        + " return !!focused && !!focused.closest('vaadin-dialog-overlay');")));
    }

    /** Waits for a step's form to be open and ready for typing (see {@link #waitUntilDialogOpened()}). */
    void waitForDialogForm() {
        waitFor(By.id("form-save"));
        waitUntilDialogOpened();
    }

    /** Waits until no dialog is open. */
    void waitUntilNoDialog() {
        waitUntil(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
    }

    /** The errors the page's console has logged since the last call (Chromium's own and the scripts'). */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    /** Saves what the browser shows, for a person to look at when a test fails (fictitious test data only). */
    void screenshot(String name) {
        try {
            Path folder = Path.of("target", "browser-screenshots");
            Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own outcome
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            OPEN.get().remove(this);
            Chromiums.giveBack(chromium);
        }
    }
}
