package uk.wmpathways.app.browser;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindIncomingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A referral between organisations in the browser, on a desktop and on a 390x844 phone: Street Outreach refers a
 * person it registered to the Demo Support Trust for Housing First; a Demo Support caseworker finds it under
 * "Referrals" and accepts it (the enrolment opens) or declines it with a reason.
 */
class ReferralJourneyBrowserTest extends CaseworkBrowserTest {

    private static final String DEMO_SUPPORT = "West Midlands Demo Support Trust (demo)";

    /** Outreach refers the person from their record; answers the referral's id. */
    private String referFromTheRecord(boolean phone, String familyName) {
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Kit", familyName,
                LocalAuthority.BIRMINGHAM, "outreach", "STREET-OUTREACH");
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInToParticipant("outreach", participantId);
        browser.click("refer-participant");
        browser.waitForDialogForm();
        browser.choose("to-organisation", DEMO_SUPPORT);
        browser.choose("pathway", "Housing First");
        browser.waitFor(By.cssSelector("#reason textarea")).sendKeys("Sleeping rough by the canal since spring");
        browser.screenshot("referral-form-" + (phone ? "phone" : "desktop"));
        browser.click("form-save");
        browser.waitUntilNoDialog();
        String[] referralId = new String[1];
        await().until(() -> {
            List<ReferralSummary> all = queries.query(new FindIncomingReferrals(),
                    ResponseTypes.multipleInstancesOf(ReferralSummary.class)).join();
            all.stream().filter(r -> r.participantId().equals(participantId)).findFirst()
                    .ifPresent(r -> referralId[0] = r.referralId());
            return referralId[0] != null;
        });
        browser.driver().manage().deleteAllCookies();
        pages.signInTo("caseworker", "/referrals");
        return referralId[0];
    }

    private void press(String className, String referralId) {
        WebElement button = browser.waitFor(By.cssSelector("vaadin-button." + className + "[data-referral-id='"
                + referralId + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", button);
        button.click();
        browser.waitForDialogForm();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theReceivingCaseworkerAcceptsAndTheEnrolmentOpens(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Referredin");
        String referralId = referFromTheRecord(phone, familyName);

        browser.waitUntilPageContains("Kit " + familyName);
        press("referral-accept", referralId);
        assertThat(browser.input("provider-organisation").getDomProperty("value")).contains("Demo Support Trust");
        browser.choose("source", "Outreach");
        enterDate(phone, "referred-on", LocalDate.now(clock));
        browser.screenshot("referral-accept-" + (phone ? "phone" : "desktop"));
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/enrolments/"));
        pages.waitForStage("Referred");
        await().until(() -> status(referralId) == ReferralStatus.ACCEPTED);
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theReceivingCaseworkerDeclinesWithAReason(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Referredaway");
        String referralId = referFromTheRecord(phone, familyName);

        press("referral-decline", referralId);
        browser.click("form-save");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#reason[invalid]")).isEmpty());
        assertThat(browser.waitFor(By.id("reason")).getText()).contains("Give the reason for declining");
        browser.waitFor(By.cssSelector("#reason textarea")).sendKeys("No capacity this month");
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> browser.textOf("incoming-referrals").contains("Declined"));
        await().until(() -> status(referralId) == ReferralStatus.DECLINED);
        browser.screenshot("referral-declined-" + (phone ? "phone" : "desktop"));
    }

    /**
     * On a phone the date picker opens full screen and takes the keyboard away from its field, so the date is
     * set on the field as the calendar would set it.
     */
    private void enterDate(boolean phone, String fieldId, LocalDate date) {
        if (!phone) {
            browser.typeDate(fieldId, date);
            return;
        }
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.waitFor(By.id(fieldId)), date.toString());
    }

    private ReferralStatus status(String referralId) {
        return queries.query(new uk.wmpathways.caseservice.api.referral.ReferralQueries.FindReferral(referralId),
                ResponseTypes.instanceOf(ReferralSummary.class)).join().status();
    }
}
