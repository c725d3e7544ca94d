package uk.wmpathways.app.browser;

import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What a programme manager sees on the dashboard, read the way the page shows it. */
final class DashboardPages {

    /** A chart bar as drawn: its value attribute and the text written beside it ("26.7%", or "<5"). */
    record ShownBar(String label, String value, String text, boolean drawn) {
    }

    /** A row of a chart's table: category, count, base, rate, interval. */
    record TableRow(String label, String count, String base, String rate, String interval) {
    }

    private final Browser browser;
    private final String baseUrl;

    DashboardPages(Browser browser, int port) {
        this.browser = browser;
        this.baseUrl = "http://localhost:" + port;
    }

    /** Signs in; a programme manager lands on the dashboard, whose figures appear once prepared. */
    void signInAsManager() {
        browser.signInDirectly(baseUrl + "/", "manager", UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("headline-tiw-supported"));
    }

    /** Opens the dashboard (signed in already) and waits for its first figures: those of the period it opens on. */
    void openDashboard() {
        browser.open(baseUrl + "/reports");
        waitUntilShown();
    }

    /** Chooses a local authority filter and waits for the figures of that area. */
    void chooseLocalAuthority(String name) {
        scrollTo("report-local-authority");
        browser.choose("report-local-authority", name);
        browser.waitUntil(d -> browser.textOf("report-shown-for").startsWith("Showing")
                && browser.textOf("report-shown-for").contains(name));
    }

    /** Chooses a provider organisation filter and waits for the figures of that provider. */
    void chooseProvider(String name) {
        scrollTo("report-provider");
        browser.choose("report-provider", name);
        browser.waitUntil(d -> browser.textOf("report-shown-for").startsWith("Showing")
                && browser.textOf("report-shown-for").contains(name));
    }

    /** Types the period's first and last days (DD/MM/YYYY) and waits for its figures. */
    void choosePeriod(java.time.LocalDate from, java.time.LocalDate to) {
        browser.typeDate("report-from", from);
        browser.typeDate("report-to", to);
        String shown = "Showing " + uk.wmpathways.ui.UkFormats.date(from) + " to " + uk.wmpathways.ui.UkFormats.date(to);
        browser.waitUntil(d -> browser.textOf("report-shown-for").startsWith(shown));
    }

    String headline(String id) {
        return browser.textOf(id);
    }

    /** Waits until the figures shown are those of a load that has finished (the status says "Showing"). */
    void waitUntilShown() {
        browser.waitUntil(d -> browser.textOf("report-shown-for").startsWith("Showing"));
    }

    Map<String, ShownBar> chartBars(String panelId) {
        Map<String, ShownBar> bars = new LinkedHashMap<>();
        for (WebElement group : browser.driver().findElements(
                By.cssSelector("#chart-" + panelId + " svg g.pathways-chart-bar"))) {
            String text = group.findElement(By.cssSelector("text.pathways-bar-value")).getText();
            bars.put(group.getDomAttribute("data-key"), new ShownBar(group.getDomAttribute("data-label"),
                    group.getDomAttribute("data-value"), text, !group.findElements(By.tagName("rect")).isEmpty()));
        }
        return bars;
    }

    /** Shows the chart's table (as the "Show as table" button does) and reads it. */
    Map<String, TableRow> tableRows(String panelId) {
        scrollTo("toggle-" + panelId);
        browser.click("toggle-" + panelId);
        browser.waitFor(By.id("table-" + panelId));
        Map<String, TableRow> rows = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#table-" + panelId + " tbody tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
            rows.put(row.getDomAttribute("data-key"), new TableRow(cells.get(0).getText(), cells.get(1).getText(),
                    cells.get(2).getText(), cells.get(3).getText(), cells.get(4).getText()));
        }
        return rows;
    }

    /**
     * Clicks an export link once, as a person would, and answers the file the browser saved: no second step. The
     * page says which file it exported once the browser has it.
     */
    Path export(String linkId, String extension, Path downloads) {
        List<String> before = list(downloads);
        // out of the page's scrolling area the link counts as not visible, so not clickable
        scrollTo(linkId);
        browser.click(linkId);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        Path saved = null;
        while (saved == null) {
            saved = list(downloads).stream().filter(name -> name.endsWith(extension) && !before.contains(name))
                    .findFirst().filter(name -> noPartialDownloads(downloads)).map(downloads::resolve).orElse(null);
            if (saved == null && Instant.now().isAfter(giveUp)) {
                throw new AssertionError("No new " + extension + " file in " + downloads + ": " + list(downloads)
                        + "; the page says: " + browser.textOf("export-status"));
            }
            if (saved == null) {
                sleep();
            }
        }
        String fileName = saved.getFileName().toString();
        browser.waitUntil(d -> browser.textOf("export-status").startsWith("Exported " + fileName));
        return saved;
    }

    /** Brings an element to the middle of the page's scrolling area, as a person scrolling to it would. */
    void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(By.id(id)));
    }

    private static boolean noPartialDownloads(Path folder) {
        return list(folder).stream().noneMatch(name -> name.endsWith(".crdownload"));
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "3,700" as a number; "27.4%" as 27.4. */
    static String plain(String shown) {
        return shown.replace(",", "").replace("%", "").trim();
    }
}
