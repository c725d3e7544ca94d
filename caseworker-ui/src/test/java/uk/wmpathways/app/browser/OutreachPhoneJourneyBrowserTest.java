package uk.wmpathways.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Step;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outreach worker on the street with a phone (390x844), and the same pages on a desktop (1280x800): every
 * caseworker page fits the screen with no sideways scrolling and thumb-sized targets ({@link ScreenFit}); a row of "My
 * caseload" or of a person's enrolments is the link into the case (tapped anywhere, or reached by keyboard); and the
 * whole outreach journey (register a person, record the outreach contact and an emergency placement, open the case
 * again from the caseload) is done with taps only.
 */
class OutreachPhoneJourneyBrowserTest extends CaseworkBrowserTest {

    private ScreenFit screen;

    private void holdA(boolean phone) {
        browser.driver().manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 800));
        screen = new ScreenFit(browser, phone);
    }

    @Test
    void anOutreachWorkerRegistersAPersonRecordsTheContactAndAPlacementAndOpensTheCaseFromTheCaseload() {
        LocalDate today = LocalDate.now(clock);
        String familyName = CaseworkPages.uniqueFamilyName("Street");
        holdA(true);
        pages.signInAs("outreach");
        screen.assertFits("My caseload");

        fromTheMenu("participants");
        browser.waitFor(By.id("participants"));
        screen.assertFits("Participants");
        browser.click("register-participant");
        browser.waitFor(By.id("given-name"));
        screen.assertFits("Register participant");
        browser.type("given-name", "Alex");
        browser.type("family-name", familyName);
        enterDate("date-of-birth", LocalDate.of(1979, 11, 2));
        browser.choose("local-authority", "Birmingham");
        browser.click("save");
        openTheNewRecord(familyName);
        screen.assertFits("the person's record");

        String enrolmentId = recordTheOutreachContact(() -> {
            browser.type("location", "Doorway on New Street");
            browser.tick("verified-rough-sleeper", true);
            enterDate("contacted-on", today.minusDays(1));
        });
        screen.assertFits("the enrolment");
        pages.record(Step.PLACE_IN_EMERGENCY_ACCOMMODATION, () -> {
            browser.choose("accommodation-type", "Hostel");
            browser.type("accommodation-name", "Snow Hill Hostel");
            enterDate("placed-on", today);
        });
        waitForStage("In emergency accommodation");

        fromTheMenu("caseload");
        WebElement row = browser.waitFor(caseRow(enrolmentId));
        assertThat(row.getText()).as("the card shows the name and what matters, on a phone")
                .contains("Alex " + familyName, "RSI", "In emergency accommodation");
        screen.assertFits("My caseload with a case");
        browser.screenshot("outreach-phone-caseload");
        tap(row);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enrolments/" + enrolmentId));
        waitForStage("In emergency accommodation");
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void everyCaseworkerPageFitsTheScreenAndARowOpensTheCase(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Fits");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Sam", familyName,
                LocalAuthority.BIRMINGHAM, "outreach", "STREET-OUTREACH");
        holdA(phone);
        pages.signInAs("outreach");
        screen.assertFits("My caseload");
        pages.openParticipant(participantId);
        String enrolmentId = recordTheOutreachContact(() -> {
            browser.type("location", "Bus station, Walsall");
            enterDate("contacted-on", LocalDate.now(clock));
        });
        screen.assertFits("the enrolment");
        for (String[] page : new String[][]{{"due", "due-items"}, {"referrals", "incoming-referrals"},
                {"participants", "participants"}, {"participants/new", "given-name"}}) {
            browser.open(pages.baseUrl() + "/" + page[0]);
            browser.waitFor(By.id(page[1]));
            screen.assertFits("/" + page[0]);
        }

        // a person's enrolments: the row opens the case
        pages.openParticipant(participantId);
        WebElement enrolmentRow = browser.waitFor(By.cssSelector("#participant-enrolments a.pathways-row-link"));
        screen.assertFits("the person's record");
        tap(enrolmentRow);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enrolments/" + enrolmentId));

        // "My caseload": on a phone the row is one card; on a desktop a click on any cell opens the case
        browser.open(pages.baseUrl() + "/caseload");
        WebElement caseLink = browser.waitFor(caseRow(enrolmentId));
        screen.assertFits("My caseload with a case");
        if (phone) {
            assertThat(browser.driver().findElements(By.cssSelector("#caseload span[data-enrolment-id='"
                    + enrolmentId + "']")).stream().noneMatch(WebElement::isDisplayed))
                    .as("the stage column is in the card, not off-screen").isTrue();
            tap(caseLink);
        } else {
            tap(browser.waitFor(By.cssSelector("#caseload span[data-enrolment-id='" + enrolmentId + "']")));
        }
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enrolments/" + enrolmentId));

        // by keyboard: the row's first cell is a real link, followed with Enter
        browser.open(pages.baseUrl() + "/caseload");
        WebElement link = browser.waitFor(caseRow(enrolmentId));
        assertThat(link.getTagName()).isEqualTo("a");
        link.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enrolments/" + enrolmentId));
    }

    /**
     * Typed as a person would on a desktop; on a phone the date picker opens full screen and takes the keyboard
     * away from its field (issue 14's to change), so the date is set on the field as the calendar would set it.
     */
    private void enterDate(String fieldId, LocalDate date) {
        if (!screen.phone()) {
            browser.typeDate(fieldId, date);
            return;
        }
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.waitFor(By.id(fieldId)), date.toString());
    }

    /**
     * Records the outreach contact that starts the enrolment; answers its id. (The enrolment page may open scrolled
     * down on a phone, so its stage is waited for by its text, not by being in view.)
     */
    private String recordTheOutreachContact(Runnable fill) {
        browser.click("start-rough-sleeping-initiative");
        browser.waitForDialogForm();
        fill.run();
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/enrolments/"));
        waitForStage("Contacted by outreach");
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('enrolment-stage').getBoundingClientRect().top;")).doubleValue())
                .as("the new enrolment opens at its top, not as far down as the form's button was (scrolled: %s)",
                        scrolled()).isNotNegative();
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("/enrolments/") + "/enrolments/".length()).replaceAll("[?#].*", "");
    }

    /** What is scrolled down, from the stage up to the page, for a failure to say where the page was left. */
    private Object scrolled() {
        return ((JavascriptExecutor) browser.driver()).executeScript("""
                const found = [];
                for (let e = document.getElementById('enrolment-stage'); e; e = e.assignedSlot || e.parentElement
                        || (e.parentNode && e.parentNode.host)) {
                    if (e.scrollTop) { found.push((e.id || e.tagName.toLowerCase()) + ' ' + e.scrollTop); }
                }
                found.push('window ' + window.scrollY);
                return found.join(', ');
                """);
    }

    /** The stage as the page has it, in view or not (Selenium reads no text from what is scrolled away). */
    private void waitForStage(String stage) {
        browser.waitUntil(d -> stage.equals(((JavascriptExecutor) d).executeScript(
                "const s = document.getElementById('enrolment-stage'); return s ? s.textContent.trim() : '';")));
    }

    /** Taps as a thumb would: what it taps is on the screen first. */
    private void tap(WebElement target) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", target);
        target.click();
    }

    private static By caseRow(String enrolmentId) {
        return By.cssSelector("#caseload a.pathways-row-link[data-case-enrolment-id='" + enrolmentId + "']");
    }

    /** Opens the menu (on a phone it is behind the menu button) and taps the page's entry. */
    private void fromTheMenu(String path) {
        By entry = By.cssSelector("vaadin-side-nav-item[path='" + path + "']");
        if (!browser.driver().findElement(entry).isDisplayed()) {
            browser.waitFor(By.cssSelector("vaadin-drawer-toggle")).click();
        }
        browser.waitFor(entry).click();
    }

    /** After registering: the list, where a tap on the person's row opens their record (or the record itself). */
    private void openTheNewRecord(String familyName) {
        browser.waitUntil(d -> !d.findElements(By.id("participants")).isEmpty()
                || !d.findElements(By.id("participant-name")).isEmpty());
        if (browser.driver().findElements(By.id("participant-name")).isEmpty()) {
            browser.type("participant-search", familyName);
            By row = By.cssSelector("#participants a.pathways-row-link");
            // the list draws its rows again as the search narrows: tapped again until a tap lands
            browser.waitUntil(d -> {
                try {
                    java.util.Optional<WebElement> link = d.findElements(row).stream().filter(WebElement::isDisplayed)
                            .filter(shown -> shown.getText().contains(familyName)).findFirst();
                    link.ifPresent(this::tap);
                    return link.isPresent();
                } catch (org.openqa.selenium.WebDriverException drawnAgain) {
                    return false;
                }
            });
        }
        browser.waitFor(By.id("participant-name"));
    }
}
