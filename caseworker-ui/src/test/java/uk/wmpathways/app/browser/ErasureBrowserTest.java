package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.caseservice.api.consent.WithdrawConsent;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.api.DataSubjectQueries.DataSubject;
import uk.wmpathways.reporting.api.DataSubjectQueries.FindDataSubject;
import uk.wmpathways.ui.UkFormats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The data protection officer erases a record from the person's data rights page: on a desktop and on a 390x844
 * phone, a person whose record was held on consent, after they withdrew it; a record held for a public task is
 * refused with the reason on the dialog and stays as it was, and is restricted from the dialog instead until the
 * officer lifts it; a caseworker is not offered the step and sees an erased record as erased.
 */
class ErasureBrowserTest extends CaseworkBrowserTest {

    private static final Caller CASEWORKER = Caller.person("caseworker", Set.of(Role.CASEWORKER), "DEMO-SUPPORT",
            "test");

    /** Registered by the Demo Support Trust on consent, which the person then withdraws (setup, not the journey). */
    private String registeredOnConsentThenWithdrawn(String familyName) {
        String participantId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterParticipant(participantId, "Kit",
                        familyName, LocalDate.of(1985, 5, 17), null, LocalAuthority.DUDLEY, null, null, "caseworker",
                        null, LawfulBasis.CONSENT, null, LocalDate.now(clock).minusDays(30)))
                .andMetaData(CASEWORKER.toMetaData()));
        await().atMost(Duration.ofSeconds(10)).until(() -> dataSubject(participantId) != null);
        String consentId = dataSubject(participantId).rights().consents().stream()
                .filter(consent -> consent.scope() == ConsentScope.PROCESSING).findFirst().orElseThrow().consentId();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new WithdrawConsent(participantId, consentId,
                "caseworker")).andMetaData(CASEWORKER.toMetaData()));
        return participantId;
    }

    private DataSubject dataSubject(String participantId) {
        return queries.query(new FindDataSubject(participantId), ResponseTypes.instanceOf(DataSubject.class)).join();
    }

    private void signInAsTheOfficer(boolean phone) {
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        pages.signInAndWaitForThePage("dpo");
    }

    /** From "Subject access": find the person by name and open their data rights page. */
    private void openDataRightsOf(String participantId, String familyName) {
        browser.open(pages.baseUrl() + "/subject-access");
        browser.type("sar-search", familyName);
        browser.click("sar-find");
        WebElement link = browser.waitFor(By.cssSelector("a.sar-record[data-participant-id='" + participantId + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", link);
        link.click();
        browser.waitFor(By.id("data-protection"));
    }

    private void openTheErasureDialog() {
        browser.click("erase-record");
        browser.waitForDialogForm();
    }

    /** The page's title as it is in the page, wherever the window is scrolled to (on a phone, off the top). */
    private String titleOfThePage() {
        browser.waitUntil(d -> !d.findElements(By.id("participant-name")).isEmpty());
        return browser.driver().findElement(By.id("participant-name")).getDomProperty("textContent").trim();
    }

    private boolean focusIsOn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement != null && document.activeElement.id === arguments[0];", id));
    }

    private String dialogText() {
        return browser.waitFor(By.tagName("vaadin-dialog-overlay")).getText();
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theOfficerErasesARecordHeldOnConsentAfterItWasWithdrawn(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Erasing");
        String participantId = registeredOnConsentThenWithdrawn(familyName);
        String device = phone ? "phone" : "desktop";

        signInAsTheOfficer(phone);
        openDataRightsOf(participantId, familyName);
        assertThat(browser.textOf("participant-name")).isEqualTo("Kit " + familyName);
        assertThat(browser.textOf("lawful-basis-shown")).contains("Consent");
        assertThat(browser.textOf("processing-restricted")).contains("withdrew the consent");
        openTheErasureDialog();
        assertThat(dialogText()).contains("cannot be undone", "\"[erased]\"", "counts in the reports stay")
                .contains(ErasureGround.CONSENT_WITHDRAWN.label())
                .doesNotContain(ErasureGround.RETENTION_PERIOD_ENDED.label(), "CONSENT_WITHDRAWN");
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement != null && document.activeElement.closest('#ground') != null;")));

        browser.click("form-save");
        browser.waitFor(By.cssSelector("#ground[invalid]"));
        assertThat(browser.waitFor(By.cssSelector("#confirmed[invalid]")).getText())
                .contains("I have checked this person's identity");
        assertThat(dataSubject(participantId).rights().erased()).isFalse();
        browser.screenshot("erasure-form-" + device);

        browser.choose("ground", ErasureGround.CONSENT_WITHDRAWN.label());
        browser.tick("confirmed", true);
        browser.click("form-save");
        browser.waitUntilNoDialog();
        // A closed dialog's overlay stays in the page, with the person's name, until its closing animation ends.
        browser.waitUntil(d -> d.findElements(By.tagName("vaadin-dialog-overlay")).isEmpty());
        browser.waitUntil(d -> !d.findElements(By.id("record-erased")).isEmpty());
        assertThat(browser.textOf("record-erased")).contains(
                "This record was erased on " + UkFormats.date(UkTime.dayOf(clock.instant())),
                "Ground: " + ErasureGround.CONSENT_WITHDRAWN.label());
        assertThat(titleOfThePage()).isEqualTo("Erased record");
        assertThat(browser.driver().findElements(By.id("erase-record"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(familyName, "17/05/1985");
        assertThat(dataSubject(participantId).rights().erasure().ground()).isEqualTo(ErasureGround.CONSENT_WITHDRAWN);
        browser.screenshot("erasure-done-" + device);

        browser.driver().manage().deleteAllCookies();
        pages.signInToParticipant("caseworker", participantId);
        assertThat(browser.textOf("participant-name")).isEqualTo("Erased record");
        assertThat(browser.textOf("record-erased")).contains("This record was erased on");
        assertThat(browser.driver().findElements(By.id("record-consent"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("refer-participant"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-button.withdraw-consent"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(familyName, "17/05/1985");
    }

    /**
     * Refused erasure, the officer restricts processing from the dialog instead; the page shows the restriction (to
     * the officer and to the caseworker, who is not offered consent steps); the officer lifts it.
     */
    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aRecordHeldForAPublicTaskIsNotErasedAndIsRestrictedInsteadUntilTheOfficerLiftsIt(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Keeping");
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Lou", familyName,
                LocalAuthority.WALSALL);
        String device = phone ? "phone" : "desktop";

        signInAsTheOfficer(phone);
        openDataRightsOf(participantId, familyName);
        assertThat(browser.driver().findElements(By.id("lift-restriction"))).isEmpty();
        openTheErasureDialog();
        browser.choose("ground", ErasureGround.NO_LONGER_NECESSARY.label());
        browser.tick("confirmed", true);
        browser.click("form-save");

        browser.waitFor(By.id("erasure-refused-reason"));
        assertThat(browser.textOf("erasure-refused-reason")).contains("Not erased, nothing was changed",
                "held for public task", "retention period");
        assertThat(browser.waitFor(By.id("erasure-refusal")).getDomAttribute("role")).isEqualTo("alert");
        browser.waitUntil(d -> focusIsOn("restrict-instead"));
        browser.screenshot("erasure-refused-" + device);
        assertThat(dataSubject(participantId).rights().erased()).isFalse();

        browser.click("restrict-instead");
        browser.waitFor(By.id("restriction-what"));
        // the erasure's overlay stays in the page while it closes; read the restriction's only after it has gone
        browser.waitUntil(d -> d.findElements(By.id("erasure-refused-reason")).isEmpty());
        assertThat(dialogText()).contains("Restrict processing: Lou " + familyName, "can be read")
                .contains(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS.label())
                .doesNotContain(RestrictionGround.CONSENT_WITHDRAWN.label(), "Erase record");
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement != null && document.activeElement.closest('#ground') != null;")));
        browser.click("form-save");
        assertThat(browser.waitFor(By.cssSelector("#ground[invalid]")).getText())
                .contains("Choose the ground the person's request is made on");
        assertThat(dataSubject(participantId).rights().restricted()).isFalse();

        browser.choose("ground", RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS.label());
        browser.waitFor(By.cssSelector("#note textarea")).sendKeys("Asked in person, with their solicitor's letter");
        browser.screenshot("restriction-form-" + device);
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitUntil(d -> !d.findElements(By.id("processing-restricted")).isEmpty());
        String shown = browser.textOf("processing-restricted");
        assertThat(shown).contains("Processing restricted by the data protection officer, Dana Protection", ", on "
                        + UkFormats.date(UkTime.dayOf(clock.instant())),
                "Ground: " + RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS.label());
        assertThat(browser.driver().findElements(By.id("restrict-processing"))).isEmpty();
        browser.waitFor(By.id("lift-restriction"));
        assertThat(dataSubject(participantId).rights().restriction().ground())
                .isEqualTo(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        assertThat(dataSubject(participantId).rights().restriction().restrictedBy()).isEqualTo("dpo");
        browser.screenshot("restricted-" + device);

        browser.driver().manage().deleteAllCookies();
        pages.signInToParticipant("caseworker", participantId);
        assertThat(browser.textOf("processing-restricted"))
                .contains("Ground: " + RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS.label(), "until the data protection "
                        + "officer lifts the restriction");
        browser.waitFor(By.id("record-lawful-basis"));
        assertThat(browser.driver().findElements(By.id("record-consent"))).as("not offered while restricted").isEmpty();

        browser.driver().manage().deleteAllCookies();
        signInAsTheOfficer(phone);
        openDataRightsOf(participantId, familyName);
        browser.click("lift-restriction");
        browser.waitFor(By.id("lift-what"));
        assertThat(dialogText()).contains(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS.label(), "every restriction");
        browser.click("form-save");
        browser.waitUntilNoDialog();
        browser.waitFor(By.id("restrict-processing"));
        assertThat(browser.driver().findElements(By.id("processing-restricted"))).isEmpty();
        assertThat(dataSubject(participantId).rights().restricted()).isFalse();
        assertThat(browser.textOf("participant-name")).isEqualTo("Lou " + familyName);
    }

    @Test
    void aRecordErasedMeanwhileIsSaidToBeErasedAlready() {
        String familyName = CaseworkPages.uniqueFamilyName("Erasedtwice");
        String participantId = registeredOnConsentThenWithdrawn(familyName);
        signInAsTheOfficer(false);
        openDataRightsOf(participantId, familyName);
        openTheErasureDialog();

        // another officer's erasure, in another window, gets there first
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EraseParticipant(participantId,
                ErasureGround.CONSENT_WITHDRAWN, "dpo")).andMetaData(
                Caller.person("dpo", Set.of(Role.DATA_PROTECTION), null, "test").toMetaData()));
        browser.choose("ground", ErasureGround.CONSENT_WITHDRAWN.label());
        browser.tick("confirmed", true);
        browser.click("form-save");

        browser.waitUntil(d -> dialogText().contains("This record was erased already"));
        assertThat(browser.driver().findElements(By.id("restrict-instead"))).isEmpty();
        browser.click("form-cancel");
        browser.waitUntilNoDialog();
        assertThat(browser.textOf("record-erased")).contains("This record was erased on");
    }

    @Test
    void aCaseworkerIsNotOfferedTheErasure() {
        String participantId = CaseworkPages.registerParticipant(commands, queries, "Max",
                CaseworkPages.uniqueFamilyName("Notoffered"), LocalAuthority.COVENTRY);

        pages.signInToParticipant("caseworker", participantId);

        browser.waitFor(By.id("record-consent"));
        assertThat(browser.driver().findElements(By.id("erase-record"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("Erase record");
    }
}
