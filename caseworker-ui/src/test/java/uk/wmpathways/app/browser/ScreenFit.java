package uk.wmpathways.app.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page must be on a phone held in one hand: nothing to scroll sideways (neither the page nor a grid inside
 * it), and targets a thumb can hit. The sizes enforced: on a phone every visible button, the menu button and every
 * grid row link at least 44 px high (WCAG 2.5.5, the stricter AAA size); on a desktop at least 24 px (WCAG 2.5.8).
 */
final class ScreenFit {

    static final int PHONE_TARGET = 44;
    static final int DESKTOP_TARGET = 24;

    private static final String SIDEWAYS_SCROLLERS = """
            const found = [];
            if (document.documentElement.scrollWidth > window.innerWidth) {
                found.push('the page: ' + document.documentElement.scrollWidth + ' px in ' + window.innerWidth);
            }
            document.querySelectorAll('vaadin-grid').forEach(grid => {
                const table = grid.$ && grid.$.table;
                if (grid.offsetParent && table && table.scrollWidth > table.clientWidth + 1) {
                    found.push('grid #' + grid.id + ': ' + table.scrollWidth + ' px in ' + table.clientWidth);
                }
            });
            return found;
            """;

    /** Targets shown on screen (not in the closed drawer), lower than {@code arguments[0]} px. */
    private static final String SMALL_TARGETS = """
            const least = arguments[0];
            const found = [];
            document.querySelectorAll('vaadin-button, vaadin-drawer-toggle, a.pathways-row-link').forEach(target => {
                const box = target.getBoundingClientRect();
                const shown = box.width > 0 && box.height > 0 && box.right > 0 && box.left < window.innerWidth
                        && getComputedStyle(target).visibility !== 'hidden';
                if (shown && box.height < least - 0.5) {
                    found.push((target.id ? '#' + target.id : target.tagName.toLowerCase() + '.'
                            + target.className) + ': ' + Math.round(box.height) + ' px');
                }
            });
            return found;
            """;

    private final Browser browser;
    private final boolean phone;

    ScreenFit(Browser browser, boolean phone) {
        this.browser = browser;
        this.phone = phone;
    }

    boolean phone() {
        return phone;
    }

    /** Asserts the page now shown fits the screen and its targets are big enough; {@code page} names it. */
    void assertFits(String page) {
        assertThat(run(SIDEWAYS_SCROLLERS)).as("%s scrolls sideways at %s", page, size()).isEmpty();
        assertThat(run(SMALL_TARGETS, phone ? PHONE_TARGET : DESKTOP_TARGET))
                .as("%s: targets under %d px at %s", page, phone ? PHONE_TARGET : DESKTOP_TARGET, size()).isEmpty();
    }

    private String size() {
        return phone ? "390x844" : "1280x800";
    }

    @SuppressWarnings("unchecked")
    private List<String> run(String script, Object... arguments) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
