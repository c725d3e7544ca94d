package uk.wmpathways.app.browser;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.FindGpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;
import uk.wmpathways.ui.UkFormats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.wmpathways.app.browser.GpReferralInboxBrowserTest.IPS_CASEWORKER;
import static uk.wmpathways.app.browser.GpReferralInboxBrowserTest.SERVICE;

/**
 * The GP referral journey past registration, on a desktop (1280x800) and on a 390x844 phone: the service's
 * caseworker accepts a referral by linking it to the participant the duplicate check offers (nobody new is
 * registered; the enrolment is that participant's), and the GP's "My practice's referrals" says in plain words that
 * the person started work once the caseworker records the job start on the enrolment the referral started.
 */
class GpReferralLinkBrowserTest extends CaseworkBrowserTest {

    private static final LocalDate BORN = LocalDate.of(1985, 5, 17);

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    GpReferralAcceptance acceptance;

    private final Caller serviceCaseworker = Caller.person(IPS_CASEWORKER, Set.of(Role.CASEWORKER), SERVICE, "test");

    @BeforeEach
    void theServicesCaseworkerAndThePracticesGp() {
        String hash = encoder.encode(UserAccountsAutoConfiguration.DEMO_PASSWORD);
        accounts.addIfAbsent(new UserAccount(IPS_CASEWORKER, hash, "IPS Caseworker (test)", Set.of(Role.CASEWORKER),
                true, SERVICE));
        GpReferralFormBrowserTest.addGpReferrer(accounts, encoder);
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theServiceAcceptsAReferralByLinkingItToTheParticipantTheDuplicateCheckOffers(boolean phone) {
        String familyName = CaseworkPages.uniqueFamilyName("Gplinked");
        String known = CaseworkPages.registerParticipant(commands, queries, "Robin", familyName,
                LocalAuthority.WALSALL, IPS_CASEWORKER, SERVICE);
        // the GP spells the family name slightly differently and gives no NHS number
        String misspelt = familyName.substring(0, familyName.length() - 1);
        String referralId = referral(misspelt);
        await().until(() -> entry(referralId).isPresent());
        sizeFor(phone);
        pages.signInTo(IPS_CASEWORKER, "/gp-referral-inbox");
        browser.waitUntil(d -> browser.textOf("gp-referral-inbox").contains("Robin " + misspelt));
        // this run's person, and perhaps the one the other screen size's run registered (a similar name, same day)
        assertThat(browser.textOf("gp-referral-inbox")).containsAnyOf("1 likely match", "2 likely matches");

        press(referralId);
        assertThat(browser.textOf("duplicate-check")).contains("Robin " + familyName);
        String linkTo = "Link to Robin " + familyName + ", born " + UkFormats.date(BORN);
        chooseInDialog("accept-as", linkTo);
        browser.choose("local-authority", "Walsall");
        browser.screenshot("gp-inbox-link-" + (phone ? "phone" : "desktop"));
        browser.click("gp-accept");
        browser.waitUntilNoDialog();

        await().until(() -> entry(referralId).map(GpReferralInboxEntry::status).orElse(""), "accepted"::equals);
        GpReferralInboxEntry accepted = entry(referralId).orElseThrow();
        assertThat(accepted.participantId()).isEqualTo(known);
        assertThat(eventsOf(GpReferralAcceptance.participantIdFor(referralId))).as("nobody new registered").isZero();
        await().until(() -> queries.query(new FindEnrolment(accepted.enrolmentId()),
                ResponseTypes.instanceOf(EnrolmentSummary.class)).join() != null);
        assertThat(queries.query(new FindEnrolment(accepted.enrolmentId()),
                ResponseTypes.instanceOf(EnrolmentSummary.class)).join().participantId()).isEqualTo(known);
        browser.waitFor(By.cssSelector("#gp-referral-inbox a.pathways-row-link[data-enrolment-id='"
                + accepted.enrolmentId() + "']"));
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theGpSeesThatThePersonStartedWorkOnceTheServiceRecordsTheJobStart(boolean phone) {
        String referralId = referral(CaseworkPages.uniqueFamilyName("Gpstarted"));
        await().until(() -> entry(referralId).isPresent());
        String enrolmentId = acceptance.accept(referralId, new GpReferralAcceptance.Acceptance(0, null,
                LocalAuthority.WALSALL, FundingStream.THRIVE_INTO_WORK_EXPANSION, null, null, null, null),
                serviceCaseworker).enrolmentId();
        LocalDate today = LocalDate.now(clock);
        asTheServicesCaseworker(new RecordEligibilityAndConsent(enrolmentId, true, true, today, null, null,
                IPS_CASEWORKER));
        asTheServicesCaseworker(new RecordJobStart(enrolmentId, "Walsall Leather Works", "Finisher",
                JobSector.MANUFACTURING, new BigDecimal("16"), new BigDecimal("12.21"), today, null, null,
                IPS_CASEWORKER));

        sizeFor(phone);
        browser.signInDirectly(pages.baseUrl() + "/", GpReferralFormBrowserTest.PRACTICE_GP,
                UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("my-practice-referrals"));
        browser.waitUntil(d -> browser.textOf("practice-referrals").contains(referralId));
        browser.waitUntil(d -> browser.textOf("practice-referrals").contains("Started work: " + UkFormats.date(today)));
        assertThat(browser.textOf("practice-referrals")).doesNotContain("STARTED_WORK").doesNotContain("started-work")
                .doesNotContain("Gpstarted");
        browser.screenshot("gp-referral-started-work-" + (phone ? "phone" : "desktop"));
    }

    /** Chooses a radio button of the dialog's form, scrolled into the dialog's view first. */
    private void chooseInDialog(String groupId, String label) {
        WebElement option = browser.waitFor(By.id(groupId)).findElements(By.cssSelector("vaadin-radio-button"))
                .stream().filter(button -> button.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + label + "' in #" + groupId));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                option);
        option.findElement(By.cssSelector("label")).click();
        browser.waitUntil(d -> option.getDomAttribute("checked") != null);
    }

    private void sizeFor(boolean phone) {
        browser.driver().manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 800));
    }

    private void asTheServicesCaseworker(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(serviceCaseworker.toMetaData()));
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

    /** A referral of Robin, born 17 May 1985, without an NHS number, from practice Y90001; answers its id. */
    private String referral(String familyName) {
        String referralId = UUID.randomUUID().toString();
        Caller gp = Caller.person(GpReferralFormBrowserTest.PRACTICE_GP, Set.of(Role.GP_REFERRER), null, "test")
                .withPractice("Y90001");
        LocalDate authoredOn = LocalDate.now(clock).minusDays(1);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ReceiveGpReferral(referralId, "Y90001",
                "The Example Practice", new GpReferrer("Dr Gail Practitioner", null, "GP"),
                new SenderIds(null, UUID.randomUUID().toString(), null, null),
                new ReferredPatient(null, null, "Robin", familyName, BORN, null, null, null, List.of("2 Test Row"),
                        "WS2 2BB"),
                authoredOn, List.of("Wants help into work"), List.of(), null,
                GpReferralFormBrowserTest.PRACTICE_GP, SERVICE)).andMetaData(gp.toMetaData()));
        return referralId;
    }

    private Optional<GpReferralInboxEntry> entry(String referralId) {
        return queries.query(new FindGpReferralInboxEntry(referralId),
                ResponseTypes.optionalInstanceOf(GpReferralInboxEntry.class)).join();
    }

    private long eventsOf(String aggregateId) {
        return mongo.count(Query.query(Criteria.where("aggregateIdentifier").is(aggregateId)),
                GlobalSequenceMongoEventStorageEngine.EVENTS);
    }
}
