package uk.wmpathways.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Filling in Vaadin fields as a person does, for {@link Browser}: typing, dates, choosing and ticking. */
final class FieldInput {

    private final Browser browser;

    FieldInput(Browser browser) {
        this.browser = browser;
    }

    /**
     * Replaces what the field holds with {@code text}, and types it again, as a person corrects it, while the field
     * shows something else: an answer from the server to an earlier step (a refusal putting the old value back, a
     * date the dialog sets as it opens) can land after the field was cleared, and the typed text then follows it
     * ("1620", "04/12/202604/11/2026", each seen once in CI). Text the field itself refuses (too long, not a number)
     * is left as the field shows it after three tries.
     */
    void type(String fieldId, String text) {
        replaceText(fieldId, text);
        for (int retyped = 0; retyped < 3 && !text.equals(browser.input(fieldId).getDomProperty("value")); retyped++) {
            replaceText(fieldId, text);
        }
        if ("vaadin-combo-box".equals(browser.driver().findElement(By.id(fieldId)).getTagName())) {
            waitForOptionsOf(text);
        }
    }

    private void replaceText(String fieldId, String text) {
        WebElement input = browser.input(fieldId);
        // Select and delete as a person would: WebElement.clear() fires no event that Vaadin sends on.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /**
     * Enter in a combo box before the server has sent the options for what was typed chooses nothing, and leaves
     * the list open: a person presses it once they see the option. At most 5 s, then as before.
     */
    private void waitForOptionsOf(String typed) {
        String shown = typed.trim().toLowerCase(Locale.ROOT);
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> PageScripts.showsComboBoxOption(driver, shown));
        } catch (TimeoutException notShownAsTyped) {
            // an option shown in other words: Enter as before
        }
    }

    /** Types a date as a person in the UK would (DD/MM/YYYY), confirms it and waits for the calendar to close. */
    void typeDate(String fieldId, LocalDate date) {
        type(fieldId, DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
        browser.input(fieldId).sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.findElements(By.cssSelector(
                "vaadin-date-picker-overlay[opened], vaadin-date-picker-overlay[closing]")).isEmpty());
    }

    /**
     * Chooses the option shown as {@code label} in a Vaadin select, combo box or radio button group, the way a
     * person would: open and click, type and confirm, or click the label.
     */
    void choose(String fieldId, String label) {
        WebElement field = browser.waitFor(By.id(fieldId));
        switch (field.getTagName()) {
            case "vaadin-select" -> {
                // A combo box or calendar left open by the field before would take the click.
                browser.waitUntil(d -> d.findElements(By.cssSelector(
                        "vaadin-combo-box-overlay[opened], vaadin-date-picker-overlay[opened]")).isEmpty());
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", field);
                field.click();
                // an item clicked while its list is still opening may be lost
                browser.waitUntil(d -> !PageScripts.shownItems(d, "vaadin-select-item", label).isEmpty()
                        && d.findElements(By.cssSelector("vaadin-select-overlay[opening]")).isEmpty());
                PageScripts.shownItems(browser.driver(), "vaadin-select-item", label).get(0).click();
                browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
            }
            case "vaadin-combo-box" -> {
                type(fieldId, label);
                browser.input(fieldId).sendKeys(Keys.ENTER);
                browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-overlay[opened]")).isEmpty());
            }
            case "vaadin-radio-group" -> field.findElements(By.cssSelector("vaadin-radio-button")).stream()
                    .filter(button -> button.getText().trim().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No option '" + label + "' in #" + fieldId))
                    .findElement(By.cssSelector("label")).click();
            default -> throw new IllegalArgumentException("#" + fieldId + " is a " + field.getTagName());
        }
    }

    /** Ticks or unticks a Vaadin checkbox. */
    void tick(String fieldId, boolean ticked) {
        WebElement checkbox = browser.waitFor(By.id(fieldId));
        if ((checkbox.getDomAttribute("checked") != null) != ticked) {
            checkbox.findElement(By.cssSelector("input")).click();
        }
    }
}
