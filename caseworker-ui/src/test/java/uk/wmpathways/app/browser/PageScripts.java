package uk.wmpathways.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * Questions a wait asks the page again and again, each asked with one script. Selenium's way of asking costs a
 * WebDriver call per element and per property: {@code visibilityOfElementLocated} finds the element, then runs
 * its large {@code isDisplayed} script; looking for a select's option read every item's visibility and text. On
 * two cores those calls took Chromium's CPU from the page the test was waiting for (docs/test-speed.md, seventh
 * round).
 */
final class PageScripts {

    /**
     * Shown as a person would see it, the way WebDriver's "displayed" reads it: laid out, not hidden, not
     * transparent, with a size (or something inside it with a size).
     */
    private static final String SHOWN = """
            const sized = e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.height > 0; };
            const shown = e => e.checkVisibility({opacityProperty: true, visibilityProperty: true})
                && (sized(e) || [...e.querySelectorAll('*')].some(sized));
            """;

    private PageScripts() {
    }

    /**
     * The CSS selector that finds what {@code locator} finds, for an id or a CSS selector; null for any other
     * locator (asked the way Selenium asks).
     */
    static String cssOf(By locator) {
        String described = locator.toString();
        if (described.startsWith("By.id: ")) {
            return "[id='" + described.substring("By.id: ".length()).replace("'", "\\'") + "']";
        }
        return described.startsWith("By.cssSelector: ") ? described.substring("By.cssSelector: ".length()) : null;
    }

    /** The first element {@code css} finds when it is shown (and, if asked, not a disabled form control); else null. */
    static WebElement shown(WebDriver driver, String css, boolean enabled) {
        return (WebElement) script(driver, SHOWN + """
                const element = document.querySelector(arguments[0]);
                return element && shown(element) && !(arguments[1] && element.matches(':disabled')) ? element : null;
                """, css, enabled);
    }

    /** The shown items of an open list ({@code itemTag}: a select's or combo box's) whose text is {@code label}. */
    @SuppressWarnings("unchecked")
    static List<WebElement> shownItems(WebDriver driver, String itemTag, String label) {
        return (List<WebElement>) script(driver, SHOWN + """
                return [...document.querySelectorAll(arguments[0])]
                    .filter(item => shown(item) && item.innerText.trim() === arguments[1]);
                """, itemTag, label);
    }

    /** Whether a combo box lists an option whose text holds {@code typed} (lower case). */
    static boolean showsComboBoxOption(WebDriver driver, String typed) {
        return Boolean.TRUE.equals(script(driver, SHOWN + """
                return [...document.querySelectorAll('vaadin-combo-box-item')]
                    .some(item => shown(item) && item.innerText.toLowerCase().includes(arguments[0]));
                """, typed));
    }

    /** Whether the page's markup (what {@code getPageSource} gives) holds {@code text}. */
    static boolean markupContains(WebDriver driver, String text) {
        return Boolean.TRUE.equals(script(driver, "return document.documentElement.outerHTML.includes(arguments[0]);",
                text));
    }

    /** Where the page is and what state it is in, without its text (no one's details in a test log). */
    static String describePage(WebDriver driver) {
        try {
            return String.valueOf(script(driver, """
                    const user = document.getElementById('signed-in-user');
                    const indicator = document.querySelector('vaadin-connection-indicator');
                    const ids = [...document.querySelectorAll('body [id]')].slice(0, 8).map(e => e.id);
                    return 'path ' + location.pathname + ', title "' + document.title + '", ' + document.readyState
                        + ', login form ' + !!document.querySelector('vaadin-login-form')
                        + ', signed-in-user ' + (user ? user.offsetWidth + 'x' + user.offsetHeight : 'absent')
                        + ', connection [' + (indicator ? [...indicator.attributes].map(a => a.name).join(' ') : '')
                        + '], first ids ' + ids.join(' ');
                    """));
        } catch (RuntimeException unreadable) {
            return "page not readable: " + unreadable.getClass().getSimpleName();
        }
    }

    private static Object script(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
