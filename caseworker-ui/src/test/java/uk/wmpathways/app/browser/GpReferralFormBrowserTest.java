package uk.wmpathways.app.browser;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.axonframework.commandhandling.GenericCommandMessage;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.gpreferrals.fhir.BaseR4Validation;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GP refers a patient through the form, on a desktop and on a 390x844 phone: refused values are shown on their
 * fields with the rules' own messages (the same as the FHIR API's) and nothing is recorded; once corrected the
 * referral is recorded through the FHIR intake (an NHS number not ticked as verified goes as "present but not
 * traced") and listed on "My practice's referrals" as sent; when the service opens and accepts it, the page shows
 * each change (and still nothing about the person). A GP of no practice is told so.
 */
class GpReferralFormBrowserTest extends CaseworkBrowserTest {

    /** The same accounts as the FHIR tests' ({@code FhirClients}): a GP of practice Y90001. */
    static final String PRACTICE_GP = "gp-y90001";
    /** A GP referrer whose account names no practice (the demo {@code gp} has one). */
    static final String NO_PRACTICE_GP = "gp-no-practice";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BaseR4Validation validation;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    GpReferralAcceptance acceptance;

    @BeforeEach
    void aGpOfAPracticeAndAWarmValidator() {
        addGpReferrer(accounts, encoder);
        if (!validation.isWarm()) {
            validation.warmUp();
        }
    }

    static void addGpReferrer(UserAccounts accounts, PasswordEncoder encoder) {
        accounts.addIfAbsent(new UserAccount(PRACTICE_GP, encoder.encode(UserAccountsAutoConfiguration.DEMO_PASSWORD),
                "Dr Gail Practitioner (test)", Set.of(Role.GP_REFERRER), true, null, false, null, "Y90001"));
        accounts.addIfAbsent(new UserAccount(NO_PRACTICE_GP, encoder.encode(UserAccountsAutoConfiguration.DEMO_PASSWORD),
                "Dr No Practice (test)", Set.of(Role.GP_REFERRER), true, null, false, null, null));
    }

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void aGpRefersThroughTheFormAndSeesTheReferralListedAsSent(boolean phone) {
        if (phone) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
        }
        signInAs(PRACTICE_GP);
        browser.waitFor(By.id("my-practice-referrals"));
        browser.click("refer-patient");
        browser.waitFor(By.id("send-referral"));
        String familyName = CaseworkPages.uniqueFamilyName("Gpform");
        browser.type("given-name", "Robin");
        browser.type("nhs-number", "943 476 5918");
        enterDate(phone, "date-of-birth", LocalDate.now(clock).plusDays(3));
        browser.waitFor(By.cssSelector("#reason textarea")).sendKeys("Off work with anxiety; wants to return");
        browser.waitFor(By.cssSelector("#safeguarding textarea")).sendKeys("Phone only, no home visits");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.waitFor(By.id("consent-given")));
        browser.tick("consent-given", true);
        long receivedBefore = receivedCount();
        browser.click("send-referral");

        browser.waitUntil(d -> !d.findElements(By.cssSelector("#nhs-number[invalid]")).isEmpty());
        assertThat(errorOn("nhs-number")).isEqualTo("NHS number is not valid: its check digit does not match");
        assertThat(errorOn("family-name")).isEqualTo("Give the person's family name");
        assertThat(errorOn("date-of-birth")).isEqualTo("A date of birth cannot be in the future");
        assertThat(browser.textOf("form-problem")).contains("Nothing was sent");
        browser.screenshot("gp-referral-form-refused-" + (phone ? "phone" : "desktop"));
        assertThat(receivedCount()).as("nothing recorded for a refused referral").isEqualTo(receivedBefore);

        browser.type("family-name", familyName);
        String nhsNumber = unusedNhsNumber();
        browser.type("nhs-number", nhsNumber);
        enterDate(phone, "date-of-birth", LocalDate.of(1984, 2, 29));
        browser.click("send-referral");

        browser.waitUntil(d -> d.getCurrentUrl().contains("sent="));
        String referralId = URLDecoder.decode(browser.driver().getCurrentUrl().replaceAll(".*sent=", ""),
                StandardCharsets.UTF_8);
        browser.waitUntil(d -> browser.textOf("practice-referrals").contains(referralId));
        assertThat(browser.textOf("practice-referrals")).contains(referralId)
                .contains("Sent: waiting for the service to look at it");
        browser.screenshot("gp-referral-listed-" + (phone ? "phone" : "desktop"));

        List<Document> recorded = mongo.find(Query.query(Criteria.where("aggregateIdentifier").is(referralId)
                .and("payloadType").is(GpReferralReceived.class.getName())), Document.class,
                GlobalSequenceMongoEventStorageEngine.EVENTS);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).getString("payload")).contains("number-present-but-not-traced")
                .contains("Y90001").doesNotContain(familyName).doesNotContain(nhsNumber);

        // The service opens and accepts it: the GP's page shows each change without being reloaded
        Caller service = Caller.person("ips-caseworker", Set.of(Role.CASEWORKER), "WORK-WELL", "test");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenGpReferral(referralId, "ips-caseworker"))
                .andMetaData(service.toMetaData()));
        browser.waitUntil(d -> browser.textOf("practice-referrals").contains("Opened by the service"));
        acceptance.accept(referralId, new GpReferralAcceptance.Acceptance(1, null, LocalAuthority.WALSALL,
                FundingStream.THRIVE_INTO_WORK_TRIAL, null, null, null, null), service);
        browser.waitUntil(d -> browser.textOf("practice-referrals").contains("Accepted by the service"));
        assertThat(browser.textOf("practice-referrals")).doesNotContain(familyName).doesNotContain("Robin");
        browser.screenshot("gp-referral-accepted-" + (phone ? "phone" : "desktop"));
    }

    @Test
    void aGpOfNoPracticeIsToldSoOnTheListAndTheForm() {
        signInAs(NO_PRACTICE_GP);
        assertThat(browser.textOf("no-practice")).contains("not linked to a GP practice");
        assertThat(browser.driver().findElements(By.id("practice-referrals")).stream()
                .noneMatch(grid -> grid.isDisplayed())).isTrue();
        browser.open(pages.baseUrl() + "/gp-referrals/new");
        assertThat(browser.textOf("no-practice")).contains("not linked to a GP practice");
        assertThat(browser.driver().findElements(By.id("send-referral"))).isEmpty();
    }

    /** Signs in and waits for the GP's home page ({@code CaseworkPages.signInAs} waits for a caseworker's). */
    private void signInAs(String username) {
        browser.signInDirectly(pages.baseUrl() + "/", username, UserAccountsAutoConfiguration.DEMO_PASSWORD);
        browser.waitFor(By.id("my-practice-referrals"));
    }

    /** The message a field shows under it, once marked invalid (read from the field, wherever it is scrolled). */
    private String errorOn(String fieldId) {
        org.openqa.selenium.WebElement field = browser.driver().findElement(By.id(fieldId));
        assertThat(field.getDomAttribute("invalid")).as(fieldId + " marked invalid").isNotNull();
        return field.getDomProperty("errorMessage");
    }

    /** A valid NHS number (Modulus 11) no other test registers: accepting the referral registers the person. */
    private static String unusedNhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            StringBuilder number = new StringBuilder();
            for (int digit : digits) {
                number.append(digit);
            }
            return number.append(check == 11 ? 0 : check).toString();
        }
    }

    private long receivedCount() {
        return mongo.count(Query.query(Criteria.where("payloadType").is(GpReferralReceived.class.getName())),
                GlobalSequenceMongoEventStorageEngine.EVENTS);
    }

    /** On a phone the date picker opens full screen, so the date is set on the field as the calendar would. */
    private void enterDate(boolean phone, String fieldId, LocalDate date) {
        if (!phone) {
            browser.typeDate(fieldId, date);
            return;
        }
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.waitFor(By.id(fieldId)), date.toString());
    }
}
