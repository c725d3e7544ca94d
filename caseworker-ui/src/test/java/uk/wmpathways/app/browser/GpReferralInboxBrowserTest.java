package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The IPS service's caseworker works the GP referral inbox in the browser, on a desktop and on a 390x844 phone:
 * opens a referral (the duplicate check's result, or that it is unavailable, is shown), accepts it by registering
 * the person, rejects one with a coded reason (a note is asked for "another reason"), and is told plainly when
 * someone else decided first. A caseworker of another organisation has no inbox.
 */
class GpReferralInboxBrowserTest extends CaseworkBrowserTest {

    /** The organisation GP referrals go to by default, and its caseworkers (as gp-inbox's API tests name them). */
    static final String SERVICE = "WORK-WELL";
    static final String IPS_CASEWORKER = "ips-caseworker";
    static final String IPS_CASEWORKER2 = "ips-caseworker2";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void theServicesCaseworkers() {
        String hash = encoder.encode(UserAccountsAutoConfiguration.DEMO_PASSWORD);
        for (String username : List.of(IPS_CASEWORKER, IPS_CASEWORKER2)) {
            accounts.addIfAbsent(new UserAccount(username, hash, "IPS Caseworker (test)", Set.of(Role.CASEWORKER),
                    true, SERVICE));
        }
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theServiceAcceptsAReferralByRegisteringThePerson(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Gpinbox");
        String referralId = referral(familyName);
        openInbox(phone, referralId, familyName);

        press(referralId);
        assertThat(browser.textOf("gp-referral-details")).contains("Robin " + familyName)
                .contains("Large print").contains("Wants help into work");
        // no match, or the person the other screen size's run registered just before (same given name and birthday)
        assertThat(browser.textOf("duplicate-check")).containsAnyOf("No likely match", "same date of birth")
                .doesNotContain("unavailable");
        browser.click("gp-accept");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#local-authority[invalid]")).isEmpty());
        browser.choose("local-authority", "Walsall");
        browser.screenshot("gp-inbox-accept-" + (phone ? "phone" : "desktop"));
        browser.click("gp-accept");
        browser.waitUntilNoDialog();

        await().until(() -> entry(referralId).map(GpReferralInboxEntry::status).orElse(""), "accepted"::equals);
        String enrolmentId = entry(referralId).orElseThrow().enrolmentId();
        assertThat(enrolmentId).isNotNull();
        browser.open(pages.baseUrl() + "/gp-referral-inbox");
        // the accepted referral's row now opens the person's enrolment
        WebElement row = browser.waitFor(By.cssSelector("#gp-referral-inbox a.pathways-row-link[data-enrolment-id='"
                + enrolmentId + "']"));
        assertThat(browser.driver().findElements(By.cssSelector(".gp-referral-open[data-referral-id='" + referralId
                + "']"))).as("nothing left to decide").isEmpty();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", row);
        row.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/enrolments/" + enrolmentId));
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aReferralOpensByItsAddressAndTheInboxIsTheAddressAgainOnceClosed(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Gpaddress");
        String referralId = referral(familyName);
        openInbox(phone, referralId, familyName);

        press(referralId);
        assertThat(browser.driver().getCurrentUrl()).endsWith("gp-referral-inbox?referral=" + referralId);
        assertThat(browser.textOf("gp-referral-details")).contains("Robin " + familyName);
        browser.click("form-cancel");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/gp-referral-inbox"));

        // the address is the referral's: opened from it (a bookmark, a reload), the referral shows
        browser.open(pages.baseUrl() + "/gp-referral-inbox?referral=" + referralId);
        browser.waitFor(By.id("gp-referral-details"));
        assertThat(browser.textOf("gp-referral-details")).contains("Robin " + familyName);
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theServiceRejectsAReferralWithACodedReasonAndANote(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Gpreject");
        String referralId = referral(familyName);
        openInbox(phone, referralId, familyName);

        press(referralId);
        browser.choose("rejection-reason", GpReferralRejectionReason.OTHER.label());
        browser.click("gp-reject");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#rejection-note[invalid]")).isEmpty());
        assertThat(browser.textOf("rejection-note")).contains("Say why in a note");
        browser.waitFor(By.cssSelector("#rejection-note textarea")).sendKeys("Already in work full time");
        browser.click("gp-reject");
        browser.waitUntilNoDialog();

        await().until(() -> entry(referralId).map(GpReferralInboxEntry::status).orElse(""), "rejected"::equals);
        browser.waitUntil(d -> browser.textOf("gp-referral-inbox").contains("Rejected: Another reason"));
        browser.screenshot("gp-inbox-rejected-" + (phone ? "phone" : "desktop"));
    }

    @Test
    void aDecisionOnAReferralSomeoneElseDecidedMeanwhileIsRefusedAndSaidSo() {
        String familyName = CaseworkPages.uniqueFamilyName("Gpstale");
        String referralId = referral(familyName);
        openInbox(false, referralId, familyName);
        press(referralId);
        await().until(() -> entry(referralId).map(GpReferralInboxEntry::version).orElse(0L) == 1L);

        // chosen first: a click just after a select's list closes may land on the closing list
        browser.choose("local-authority", "Dudley");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RejectGpReferral(referralId, 1,
                        GpReferralRejectionReason.COULD_NOT_CONTACT, null, IPS_CASEWORKER2))
                .andMetaData(Caller.person(IPS_CASEWORKER2, Set.of(Role.CASEWORKER), SERVICE, "test").toMetaData()));
        browser.click("gp-accept");

        browser.waitUntil(d -> browser.textOf("form-problem").contains("Nothing was recorded"));
        assertThat(browser.textOf("form-problem")).contains("rejected already");
        await().until(() -> entry(referralId).map(GpReferralInboxEntry::status).orElse(""), "rejected"::equals);
    }

    @Test
    void aCaseworkerOfAnotherOrganisationHasNoInbox() {
        pages.signInAs("caseworker");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-side-nav-item[path='gp-referral-inbox']")))
                .isEmpty();
        browser.open(pages.baseUrl() + "/gp-referral-inbox");
        browser.waitUntilPageContains("You may not open this page");
        assertThat(browser.driver().findElements(By.id("gp-inbox-page"))).isEmpty();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aProgrammeManagerSeesEveryReceivingOrganisationsWorklistWithoutThePersonAndDecidesNothing(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Gpmanaged");
        String referralId = referral(familyName);
        await().until(() -> entry(referralId).isPresent());
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInTo("manager", "/gp-referral-inbox");
        browser.waitUntil(d -> browser.textOf("gp-referral-inbox").contains("The Example Practice"));

        String worklist = browser.textOf("gp-referral-inbox");
        assertThat(worklist).contains("Receiving organisation").doesNotContain(familyName).doesNotContain("Robin")
                .doesNotContain("Wants help into work").doesNotContain("Large print")
                .doesNotContain("likely match").doesNotContain("Duplicate check");
        assertThat(browser.driver().findElements(By.cssSelector(".gp-referral-open, #gp-referral-inbox a")))
                .as("nothing to open").isEmpty();
        browser.screenshot("gp-inbox-manager-" + (phone ? "phone" : "desktop"));
    }

    private void openInbox(boolean phone, String referralId, String familyName) {
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        await().until(() -> entry(referralId).isPresent());
        pages.signInAs(IPS_CASEWORKER);
        if (!phone) {
            browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='gp-referral-inbox']"));
        }
        browser.open(pages.baseUrl() + "/gp-referral-inbox");
        browser.waitUntil(d -> browser.textOf("gp-referral-inbox").contains(familyName));
    }

    /** Taps the referral's row (its link: on a phone the whole card), which opens the referral. */
    private void press(String referralId) {
        WebElement row = browser.waitFor(By.cssSelector("#gp-referral-inbox a.pathways-row-link.gp-referral-open"
                + "[data-referral-id='" + referralId + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", row);
        row.click();
        browser.waitFor(By.id("gp-referral-details"));
    }

    /** A referral from practice Y90001, recorded as the FHIR intake records it; answers its id. */
    private String referral(String familyName) {
        String referralId = UUID.randomUUID().toString();
        Caller gp = Caller.person(GpReferralFormBrowserTest.PRACTICE_GP, Set.of(Role.GP_REFERRER), null, "test")
                .withPractice("Y90001");
        LocalDate authoredOn = LocalDate.now(clock).minusDays(1);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ReceiveGpReferral(referralId, "Y90001",
                "The Example Practice", new GpReferrer("Dr Gail Practitioner", null, "GP"),
                new SenderIds(null, UUID.randomUUID().toString(), null, null),
                new ReferredPatient(null, null, "Robin", familyName, LocalDate.of(1979, 8, 14), "male", null, null,
                        List.of("2 Test Row"), "WS2 2BB"),
                authoredOn, List.of("Wants help into work"),
                List.of(new GpReferralFlag("RA", "Reasonable adjustment", "Large print")),
                new GpReferralConsent("active", List.of("IPS referral"), authoredOn, null),
                GpReferralFormBrowserTest.PRACTICE_GP, SERVICE)).andMetaData(gp.toMetaData()));
        return referralId;
    }

    /** The referral as the inbox's read model has it (asked as the application: nobody is signed in here). */
    private Optional<GpReferralInboxEntry> entry(String referralId) {
        return queries.query(new FindGpReferralInboxEntry(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class)).join();
    }
}
